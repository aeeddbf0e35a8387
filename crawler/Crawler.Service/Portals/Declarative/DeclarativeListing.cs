using Crawler.Browsing;
using Crawler.Model;

namespace Crawler.Portals.Declarative;

/// <summary>
/// One listing pass over a declarative source: opens the entry page and runs the configured mode, API capture
/// (<see cref="DeclarativeApiListing"/>) or DOM selectors (<see cref="DeclarativeDomListing"/>), into one state.
/// </summary>
internal sealed class DeclarativeListing(CrawlSession session, DeclarativeSettings settings, ResiliencePipeline pipeline, ILogger logger)
{
    public async Task<ListingResult> RunAsync(CancellationToken cancellationToken)
    {
        var state = new DeclarativeListingState(session, settings, logger);
        var page = await session.Browser.OpenPageAsync().ConfigureAwait(false);
        try
        {
            if (settings.Mode == DeclarativeMode.Api)
                await new DeclarativeApiListing(session, page, settings, state, pipeline).RunAsync(cancellationToken).ConfigureAwait(false);
            else
                await new DeclarativeDomListing(session, page, settings, state, pipeline).RunAsync(cancellationToken).ConfigureAwait(false);
            return state.Result();
        }
        finally
        {
            await page.CloseQuietlyAsync().ConfigureAwait(false);
        }
    }
}
