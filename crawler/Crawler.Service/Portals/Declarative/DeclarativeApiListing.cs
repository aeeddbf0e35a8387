using Crawler.Model;
using Crawler.Resilience;
using Microsoft.Playwright;
using Polly;

namespace Crawler.Portals.Declarative;

/// <summary>
/// API-capture mode: the page fetches its own JSON (tokens, signatures and cookies included); we read the
/// answers whose URL contains <c>api.urlContains</c> and move the page to its next page by URL parameter,
/// click or scroll, until the total is reached or the list runs out.
/// </summary>
internal sealed class DeclarativeApiListing(
    CrawlSession session, IPage page, DeclarativeSettings settings, DeclarativeListingState state, ResiliencePipeline pipeline)
{
    private const string SettledScript =
        "sel => { const b = document.querySelector(sel); return !b || b.offsetParent === null || !b.disabled; }";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var capture = new DeclarativeResponseCapture(page, settings.ApiUrlContains!, settings.ApiMethod);
        DeclarativeApiPage first;
        try
        {
            first = await FetchAsync(capture, 0, cancellationToken).ConfigureAwait(false)
                    ?? throw new PortalException($"the entry page fetched nothing whose URL contains '{settings.ApiUrlContains}' (setting {DeclarativeKeys.ApiUrlContains})");
        }
        catch (TimeoutException ex)
        {
            throw new PortalException($"first page: {ex.Message}", ex);
        }

        if (first.Total > 0 && first.Postings.Count == 0)
            throw new PortalException($"the first answer reports {first.Total} postings but {DeclarativeKeys.ApiItemsPath} '{settings.ApiItems}' found none");
        Accept(first, 1);

        for (var index = 1; ; index++)
        {
            if (state.ReportedTotal is { } total && state.Count >= total)
            {
                state.Exhausted = true;
                return;
            }

            if (settings.Next == NextKind.None)
            {
                state.Exhausted = true;
                return;
            }

            if (index >= settings.MaxPages)
            {
                state.Cap($"stopped at maxPages={settings.MaxPages} with {state.Count} postings");
                return;
            }

            DeclarativeApiPage? next;
            try
            {
                next = await FetchAsync(capture, index, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is PortalException or TimeoutException or PlaywrightException)
            {
                // Cursor and click paging cannot skip a page: what follows is unreachable, so the run is partial.
                state.Fail($"page {index + 1}", ex);
                return;
            }

            if (next is null)
            {
                if (state.ReportedTotal is { } expected)
                {
                    state.Fail($"page {index + 1}", new PortalException($"the list ended at {state.Count} of the reported {expected}"));
                }

                state.Exhausted = state.ReportedTotal is null;
                return;
            }

            if (Accept(next, index + 1) == 0)
            {
                state.Exhausted = true;
                return;
            }
        }
    }

    private int Accept(DeclarativeApiPage result, int pageNumber)
    {
        if (result.Total is { } total) state.Total(total, pageNumber);
        return state.Collect(result.Postings);
    }

    /// <summary>Moves the page to page <paramref name="index"/> (0 = entry) and reads its answer; null when the list has no further page.</summary>
    private Task<DeclarativeApiPage?> FetchAsync(DeclarativeResponseCapture capture, int index, CancellationToken cancellationToken) =>
        pipeline.ExecutePageAsync(session.Source.EntryUrl.Host, async token =>
        {
            capture.Drain();
            var wait = session.Timeout;
            if (index == 0 || settings.Next == NextKind.UrlParam)
            {
                await page.GotoAsync(PageUrl(index), new PageGotoOptions { WaitUntil = WaitUntilState.Commit }).ConfigureAwait(false);
            }
            else if (settings.Next == NextKind.Click)
            {
                await page.WaitForFunctionAsync(SettledScript, settings.NextSelector, new PageWaitForFunctionOptions { Timeout = (float)wait.TotalMilliseconds }).ConfigureAwait(false);
                var button = page.Locator(settings.NextSelector!).First;
                if (await button.CountAsync().ConfigureAwait(false) == 0 || !await button.IsVisibleAsync().ConfigureAwait(false)) return null;
                await button.ClickAsync(new LocatorClickOptions { Timeout = (float)wait.TotalMilliseconds }).ConfigureAwait(false);
            }
            else
            {
                await page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)").ConfigureAwait(false);
                wait = state.ReportedTotal is null ? settings.NextIdle : wait;
            }

            var response = await capture.NextAsync(wait, token).ConfigureAwait(false);
            if (response is null)
            {
                if (index > 0 && settings.Next == NextKind.Scroll && state.ReportedTotal is null) return null;
                throw new TimeoutException($"no answer whose URL contains '{settings.ApiUrlContains}' within {wait.TotalSeconds:0.#}s");
            }

            var result = await DeclarativeApiPage.ReadAsync(response, settings, new Uri(page.Url)).ConfigureAwait(false);
            state.PagesFetched++;
            return result;
        }, cancellationToken);

    private string PageUrl(int index)
    {
        if (settings.Next != NextKind.UrlParam) return session.Source.EntryUrl.ToString();
        var value = settings.NextStart + (index * settings.NextStep);
        return DeclarativeUrls.WithParameter(session.Source.EntryUrl, settings.NextParam!, value.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToString();
    }
}
