using System.Globalization;
using System.Text.Json;
using Crawler.Model;
using Crawler.Resilience;
using Microsoft.Playwright;
using Polly;

namespace Crawler.Portals.Declarative;

/// <summary>
/// DOM mode: reads the rendered cards with selectors, reaches more cards by scroll, click or URL parameter,
/// and for click-only cards opens each one in the app (click, wait for the detail view, read its URL and
/// fields, go back). An item selector that matches nothing on the entry page fails the run.
/// </summary>
internal sealed class DeclarativeDomListing(
    CrawlSession session, IPage page, DeclarativeSettings settings, DeclarativeListingState state, ResiliencePipeline pipeline)
{
    private readonly Dictionary<string, SelectorSpec> _fields = Fields(settings);
    private float Timeout => (float)session.Timeout.TotalMilliseconds;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(0, cancellationToken).ConfigureAwait(false))
            throw new PortalException($"{DeclarativeKeys.DomItem} '{settings.DomItem}' matched nothing on {page.Url} within {session.Timeout.TotalSeconds:0}s");
        state.PagesFetched++;
        await ReadTotalAsync().ConfigureAwait(false);
        var processed = 0;
        for (var index = 1; ; index++)
        {
            var items = await ExtractAsync(null, settings.DomItem, _fields).ConfigureAwait(false);
            var added = 0;
            for (var i = processed; i < items.Count; i++)
            {
                try
                {
                    var posting = settings.Detail == DetailKind.Click ? await OpenCardAsync(i, items[i]).ConfigureAwait(false) : Map(items[i], null);
                    added += state.Collect([posting]);
                }
                catch (Exception ex) when (ex is PortalException or PlaywrightException)
                {
                    // A card that cannot be opened leaves the app in an unknown state: stop, the run is partial.
                    state.Fail($"card {i + 1}", ex);
                    return;
                }
            }

            processed = items.Count;
            if ((index > 1 && added == 0) || settings.Next == NextKind.None)
            {
                state.Exhausted = true;
                return;
            }

            if (index >= settings.MaxPages)
            {
                state.Cap($"stopped at maxPages={settings.MaxPages} with {state.Count} postings");
                return;
            }

            try
            {
                var more = await NextAsync(index, processed, cancellationToken).ConfigureAwait(false);
                if (more is null)
                {
                    state.Exhausted = true;
                    return;
                }

                if (more == false) processed = 0; // the page replaced its cards (pager or new URL)
                state.PagesFetched++;
            }
            catch (Exception ex) when (ex is PortalException or System.TimeoutException or PlaywrightException)
            {
                state.Fail($"page {index + 1}", ex);
                return;
            }
        }
    }

    /// <summary>Loads page <paramref name="index"/> by URL; false when no item appeared.</summary>
    private Task<bool> LoadAsync(int index, CancellationToken cancellationToken) =>
        pipeline.ExecutePageAsync(session.Source.EntryUrl.Host, async _ =>
        {
            var url = settings.Next == NextKind.UrlParam
                ? DeclarativeUrls.WithParameter(session.Source.EntryUrl, settings.NextParam!, (settings.NextStart + (index * settings.NextStep)).ToString(CultureInfo.InvariantCulture))
                : session.Source.EntryUrl;
            await page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Commit }).ConfigureAwait(false);
            try
            {
                await page.WaitForFunctionAsync(DeclarativeDomScripts.ItemsOrError, new object?[] { settings.DomItem, settings.DomError }, new PageWaitForFunctionOptions { Timeout = Timeout }).ConfigureAwait(false);
            }
            catch (System.TimeoutException)
            {
                return false;
            }

            await ThrowIfErrorShownAsync().ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <summary>true: more cards were appended; false: the cards were replaced; null: the list has no more.</summary>
    private Task<bool?> NextAsync(int index, int count, CancellationToken cancellationToken) =>
        pipeline.ExecutePageAsync<bool?>(session.Source.EntryUrl.Host, async token =>
        {
            switch (settings.Next)
            {
                case NextKind.UrlParam:
                    return await LoadAsync(index, token).ConfigureAwait(false) ? false : null;
                case NextKind.Click:
                    var before = await page.EvaluateAsync<string>(DeclarativeDomScripts.Signature, settings.DomItem).ConfigureAwait(false);
                    var button = page.Locator(settings.NextSelector!).First;
                    if (await button.CountAsync().ConfigureAwait(false) == 0 || !await button.IsVisibleAsync().ConfigureAwait(false) || !await button.IsEnabledAsync().ConfigureAwait(false)) return null;
                    await button.ClickAsync(new LocatorClickOptions { Timeout = Timeout }).ConfigureAwait(false);
                    await page.WaitForFunctionAsync("([item, b]) => (" + DeclarativeDomScripts.Signature + ")(item) !== b", new object[] { settings.DomItem!, before }, new PageWaitForFunctionOptions { Timeout = Timeout }).ConfigureAwait(false);
                    return await page.Locator(settings.DomItem!).CountAsync().ConfigureAwait(false) > count;
                default:
                    if (settings.DomRetry is { } retry && settings.DomError is { } error && await page.Locator(error).First.IsVisibleAsync().ConfigureAwait(false))
                        await page.Locator(retry).First.ClickAsync(new LocatorClickOptions { Timeout = Timeout }).ConfigureAwait(false);
                    await page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)").ConfigureAwait(false);
                    var wait = settings.DomEnd is null ? (float)settings.NextIdle.TotalMilliseconds : Timeout;
                    string? outcome;
                    try
                    {
                        var handle = await page.WaitForFunctionAsync(DeclarativeDomScripts.Grew, new object?[] { settings.DomItem, count, settings.DomEnd, settings.DomError }, new PageWaitForFunctionOptions { Timeout = wait }).ConfigureAwait(false);
                        outcome = await handle.JsonValueAsync<string>().ConfigureAwait(false);
                    }
                    catch (System.TimeoutException) when (settings.DomEnd is null)
                    {
                        return null; // nothing more arrived within next.idleMs: the end of an endless list
                    }

                    return outcome switch
                    {
                        "more" => true,
                        "end" => null,
                        _ => throw new PortalException($"the page shows {DeclarativeKeys.DomError} '{settings.DomError}' while loading more"),
                    };
            }
        }, cancellationToken);

    private async Task<ObservedPosting> OpenCardAsync(int index, Dictionary<string, List<string>> card)
    {
        var listUrl = page.Url;
        await page.Locator(settings.DomItem!).Nth(index).ClickAsync(new LocatorClickOptions { Timeout = Timeout }).ConfigureAwait(false);
        await page.WaitForFunctionAsync("u => location.href !== u", listUrl, new PageWaitForFunctionOptions { Timeout = Timeout }).ConfigureAwait(false);
        var detailUrl = page.Url;
        var id = card.GetValueOrDefault(DeclarativeFields.Id)?.FirstOrDefault() ?? IdFromUrl(detailUrl)
                 ?? throw new PortalException($"{DeclarativeKeys.DetailIdFromUrl} '{settings.DetailIdFromUrl}' found no id in {detailUrl}");
        var ready = DeclarativeAdapter.WithId(settings.DetailReady, id);
        await page.Locator(ready).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = Timeout }).ConfigureAwait(false);
        var detail = settings.DetailFields.Count == 0 ? [] : (await ExtractAsync(ready, null, settings.DetailFields.ToDictionary()).ConfigureAwait(false))[0];
        if (settings.DetailBack is { } back) await page.Locator(back).First.ClickAsync(new LocatorClickOptions { Timeout = Timeout }).ConfigureAwait(false);
        else await page.GoBackAsync(new PageGoBackOptions { WaitUntil = WaitUntilState.Commit, Timeout = Timeout }).ConfigureAwait(false);
        await page.WaitForFunctionAsync(DeclarativeDomScripts.BackOnList, new object[] { listUrl, settings.DomItem!, index }, new PageWaitForFunctionOptions { Timeout = Timeout }).ConfigureAwait(false);

        var values = new Dictionary<string, List<string>>(card) { [DeclarativeFields.Id] = [id], [DeclarativeFields.Url] = [detailUrl] };
        foreach (var (field, found) in detail) values[field] = found;
        return Map(values, detailUrl);
    }

    private ObservedPosting Map(Dictionary<string, List<string>> values, string? detailUrl)
    {
        if (!values.ContainsKey(DeclarativeFields.Id) && values.GetValueOrDefault(DeclarativeFields.Url)?.FirstOrDefault() is { } url && IdFromUrl(url) is { } id)
            values[DeclarativeFields.Id] = [id];
        var raw = JsonSerializer.Serialize(values.OrderBy(v => v.Key, StringComparer.Ordinal).ToDictionary());
        return DeclarativePostingMapper.Map(settings, values.ToDictionary(v => v.Key, v => (IReadOnlyList<string>)v.Value), raw,
            new Uri(detailUrl ?? page.Url), DeclarativeKeys.DomFieldPrefix);
    }

    private string? IdFromUrl(string url) =>
        settings.DetailIdFromUrl?.Match(url) is { Success: true } m ? Uri.UnescapeDataString(m.Groups["id"].Value) : null;

    private async Task<List<Dictionary<string, List<string>>>> ExtractAsync(string? root, string? item, Dictionary<string, SelectorSpec> fields)
    {
        var spec = fields.ToDictionary(f => f.Key, f => new { selector = f.Value.Selector, attribute = f.Value.Attribute });
        var json = await page.EvaluateAsync<string>(DeclarativeDomScripts.Extract, new object?[] { root, item, spec }).ConfigureAwait(false);
        return JsonSerializer.Deserialize<List<Dictionary<string, List<string>>>>(json) ?? [];
    }

    private async Task ThrowIfErrorShownAsync()
    {
        if (settings.DomError is { } error && await page.Locator(error).First.IsVisibleAsync().ConfigureAwait(false))
            throw new PortalException($"the page shows {DeclarativeKeys.DomError} '{error}'");
    }

    private async Task ReadTotalAsync()
    {
        if (settings.DomTotal is null) return;
        var text = await page.EvaluateAsync<string?>(DeclarativeDomScripts.TotalText, settings.DomTotal).ConfigureAwait(false);
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var total)) state.Total(total, 1);
        else throw new PortalException($"{DeclarativeKeys.DomTotal} '{settings.DomTotal}' shows no number on {page.Url}");
    }

    private static Dictionary<string, SelectorSpec> Fields(DeclarativeSettings settings)
    {
        var fields = settings.DomFields.ToDictionary();
        if (settings.Detail == DetailKind.Link && !fields.ContainsKey(DeclarativeFields.Url))
            fields[DeclarativeFields.Url] = new SelectorSpec(settings.DetailSelector ?? "a", "href");
        return fields;
    }
}
