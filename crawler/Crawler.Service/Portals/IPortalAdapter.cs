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
}
