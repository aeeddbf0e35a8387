using Crawler.Model;
using Crawler.Resilience;

namespace Crawler.Portals.Declarative;

/// <summary>
/// API-capture mode: the page fetches its own JSON (tokens, signatures and cookies included); we read the
/// answers whose URL contains <c>api.urlContains</c> and move the page to its next page by URL parameter,
/// click or scroll, until the total is reached or the list runs out. Failed answers and the page's error view
/// are recovered by <see cref="DeclarativeApiNavigator"/> under the page pipeline.
/// </summary>
internal sealed class DeclarativeApiListing(
    CrawlSession session, IPage page, DeclarativeSettings settings, DeclarativeListingState state, ResiliencePipeline pipeline)
{
    private readonly DeclarativeApiNavigator _navigator = new(session, page, settings, state);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await ListAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _navigator.Finish();
        }
    }

    private async Task ListAsync(CancellationToken cancellationToken)
    {
        using var capture = new DeclarativePageAnswer(page, settings.ApiUrlContains!, settings.ApiMethod);
        DeclarativeListPage first;
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

            DeclarativeListPage? next;
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

    private int Accept(DeclarativeListPage result, int pageNumber)
    {
        if (result.Total is { } total) state.Total(total, pageNumber);
        return state.Collect(result.Postings);
    }

    private Task<DeclarativeListPage?> FetchAsync(DeclarativePageAnswer capture, int index, CancellationToken cancellationToken) =>
        pipeline.ExecutePageAsync(session.Source.EntryUrl.Host, token => new ValueTask<DeclarativeListPage?>(_navigator.FetchAsync(capture, index, token)), cancellationToken);
}
