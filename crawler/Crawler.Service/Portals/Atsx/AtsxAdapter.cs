using System.Globalization;
using Crawler.Browsing;
using Crawler.Model;
using Crawler.Resilience;
using Microsoft.Extensions.Logging;
using Polly.Registry;

namespace Crawler.Portals.Atsx;

/// <summary>
/// ByteDance's ATSX engine and Feishu Hire tenants (ByteDance campus and experienced, MiniMax). Lets the real
/// page obtain its CSRF token and signature and reads the page's own search answers (portals.md §5.1).
/// Settings: <c>pageSize</c> (default 100), <c>detailReadySelector</c>, <c>detailContentSelector</c>.
/// </summary>
public sealed class AtsxAdapter(ResiliencePipelineProvider<PortalPipelineKey> pipelines, ILogger<AtsxAdapter> logger) : IPortalAdapter
{
    public const string PlatformName = "atsx";

    public string Platform => PlatformName;

    public async Task<ListingResult> ListAsync(CrawlSession session, CancellationToken cancellationToken)
    {
        var pageSize = int.Parse(session.Source.Setting("pageSize", "100")!, CultureInfo.InvariantCulture);
        var page = await session.Browser.OpenPageAsync().ConfigureAwait(false);
        try
        {
            using var capture = new AtsxResponseCapture(page);
            var listing = new AtsxListing(session, page, capture, pipelines.GetPipeline(PortalPipelineKey.PageFor(session.Source.EntryUrl.Host)), pageSize, logger);
            return await listing.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await page.CloseQuietlyAsync().ConfigureAwait(false);
        }
    }

    public DetailTarget GetDetailTarget(SourceDefinition source, ObservedPosting posting)
    {
        var id = posting.PortalId.Replace("\"", "", StringComparison.Ordinal);
        var ready = source.Setting("detailReadySelector", "article.job-detail[data-job-id=\"{id}\"]")!.Replace("{id}", id, StringComparison.Ordinal);
        var content = source.Setting("detailContentSelector", "article.job-detail")!;
        return new DetailTarget(AtsxPostingParser.DetailUrl(source.EntryUrl, posting.PortalId), ready, content, DetailNavigation.PushState);
    }
}
