using Crawler.Model;

namespace Crawler.Portals;

/// <summary>
/// One portal family. An adapter lists every posting of a source (with evidence of completeness) and says
/// where each posting's detail page is; the crawl runner renders details, detects changes and stores.
/// </summary>
public interface IPortalAdapter
{
    /// <summary>The <see cref="SourceDefinition.Platform"/> value this adapter serves.</summary>
    string Platform { get; }

    /// <summary>Lists the source. Throws <see cref="PortalException"/> when nothing trustworthy could be listed.</summary>
    Task<ListingResult> ListAsync(CrawlSession session, CancellationToken cancellationToken);

    /// <summary>Where and how to render one posting's detail page for its snapshot.</summary>
    DetailTarget GetDetailTarget(SourceDefinition source, ObservedPosting posting);

    /// <summary>
    /// Whether details may render while this source is still being listed. False where the listing drives the app
    /// by clicks in its own page (DOM mode): a detail opened in a second page of the same app can move what the
    /// listing page shows (shared storage, the app's own router), so those details wait for the listing to end.
    /// </summary>
    bool RendersWhileListing(SourceDefinition source) => true;
}
