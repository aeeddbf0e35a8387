using Crawler.Browsing;
using System.Globalization;
using Crawler.Model;
using Crawler.Resilience;

namespace Crawler.Portals.Declarative;

/// <summary>
/// DOM mode: reads the rendered cards with selectors, reaches more cards by scroll, click or URL parameter,
/// and for click-only cards opens each one in the app (click, wait for the detail view, read its URL and
/// fields, go back). An item selector that matches nothing on the entry page fails the run.
/// </summary>
internal sealed class DeclarativeDomListing(
    CrawlSession session, IPage page, DeclarativeSettings settings, DeclarativeListingState state, ResiliencePipeline pipeline)
{
    private readonly DeclarativeDomReader _reader = new(page, settings);
    private readonly DeclarativeDomNavigator _navigator = new(session, page, settings, state);
    private readonly DeclarativeCardOpener _opener = new(session, page, settings);
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
            var items = await _reader.ExtractAsync(null, settings.DomItem, _reader.CardFields).ConfigureAwait(false);
            var added = 0;
            for (var i = processed; i < items.Count; i++)
            {
                try
                {
                    var posting = settings.Detail == DetailKind.Click ? await OpenCardAsync(i, items[i]).ConfigureAwait(false) : _reader.Map(items[i], null);
                    added += state.Collect([posting]);
                }
                catch (Exception ex) when (ex is PortalException or PlaywrightException or System.TimeoutException)
                {
                    // A card that cannot be opened even after a return to its list page: stop, the run is partial.
                    state.Fail($"card {i + 1} of page {_navigator.Shown + 1}", ex);
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

    /// <summary>Loads page <paramref name="index"/> by URL under the page pipeline; false when no item appeared.</summary>
    private Task<bool> LoadAsync(int index, CancellationToken cancellationToken) =>
        pipeline.ExecutePageAsync(session.Source.EntryUrl.Host, _ => new ValueTask<bool>(LoadPageAsync(index)), cancellationToken);

    private async Task<bool> LoadPageAsync(int index)
    {
        var url = settings.Next == NextKind.UrlParam
            ? DeclarativeUrls.WithParameter(session.Source.EntryUrl, settings.NextParam!, (settings.NextStart + (index * settings.NextStep)).ToString(CultureInfo.InvariantCulture))
            : session.Source.EntryUrl;
        await page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Commit }).ConfigureAwait(false);
        try
        {
            await page.WaitForFunctionAsync(DeclarativeDomScripts.ItemsOrError, new object?[] { settings.DomItem, settings.DomError }, ForegroundClick.PollingWait(Timeout)).ConfigureAwait(false);
        }
        catch (System.TimeoutException)
        {
            return false;
        }

        await ThrowIfErrorShownAsync().ConfigureAwait(false);
        _navigator.Loaded();
        return true;
    }

    /// <summary>true: more cards were appended; false: the cards were replaced; null: the list has no more.</summary>
    private Task<bool?> NextAsync(int index, int count, CancellationToken cancellationToken) =>
        pipeline.ExecutePageAsync<bool?>(session.Source.EntryUrl.Host, async token =>
        {
            switch (settings.Next)
            {
                case NextKind.UrlParam:
                    return await LoadAsync(index, token).ConfigureAwait(false) ? false : null;
                case NextKind.Click:
                    return await _navigator.ClickNextAsync(index, count, () => LoadPageAsync(0)).ConfigureAwait(false);
                default:
                    if (settings.DomRetry is { } retry && settings.DomError is { } error && await page.Locator(error).First.IsVisibleAsync().ConfigureAwait(false))
                        await page.Locator(retry).First.ClickInFrontAsync(Timeout).ConfigureAwait(false);
                    await page.ScrollToEndInFrontAsync().ConfigureAwait(false);
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

    /// <summary>Opens a click-only card; after a failure returns to the card's list page (retry control, else reload and re-click) and tries once more.</summary>
    private async Task<ObservedPosting> OpenCardAsync(int index, Dictionary<string, List<string>> card)
    {
        try
        {
            return await OpenOnceAsync(index, card).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is PortalException or PlaywrightException or System.TimeoutException)
        {
            state.Note($"card {index + 1} of page {_navigator.Shown + 1}: {ex.Message.Split('\n')[0]}; returned to the list page and tried again");
            await _navigator.ReturnToPageAsync(_navigator.Shown, () => LoadPageAsync(0), useRetryControl: false).ConfigureAwait(false);
            return await OpenOnceAsync(index, card).ConfigureAwait(false);
        }
    }

    private async Task<ObservedPosting> OpenOnceAsync(int index, Dictionary<string, List<string>> card)
    {
        var opened = await _opener.OpenAsync(index, card.GetValueOrDefault(DeclarativeFields.Id)?.FirstOrDefault(), card.GetValueOrDefault(DeclarativeFields.Title)?.FirstOrDefault(), _reader.IdFromUrl).ConfigureAwait(false);
        var detail = settings.DetailFields.Count == 0 ? [] : (await _reader.ExtractAsync(opened.Ready, null, settings.DetailFields).ConfigureAwait(false))[0];
        await _opener.BackAsync(index, opened).ConfigureAwait(false);
        var values = new Dictionary<string, List<string>>(card) { [DeclarativeFields.Id] = [opened.Id], [DeclarativeFields.Url] = [opened.DetailUrl] };
        foreach (var (field, found) in detail) values[field] = found;
        return _reader.Map(values, opened.DetailUrl);
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
}
