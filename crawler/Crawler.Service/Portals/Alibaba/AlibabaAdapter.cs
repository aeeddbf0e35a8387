using Crawler.Browsing;
using Crawler.Model;
using Crawler.Resilience;
using Microsoft.Extensions.Logging;
using Polly.Registry;

namespace Crawler.Portals.Alibaba;

/// <summary>
/// Alibaba's "new-careers-portal" on its BU hosts (careers-tongyi, talent.quark.cn, talent.dingtalk.com,
/// careers.aliyun.com, …) and campus-talent (portals.md §3). Opens the real listing page so the session
/// cookies and token are the page's own, then calls <c>/position/search</c> from inside the page.
/// Settings: see <see cref="AlibabaListingSettings"/>, plus <c>detailReadySelector</c>, <c>detailContentSelector</c>.
/// </summary>
public sealed class AlibabaAdapter(ResiliencePipelineProvider<PortalPipelineKey> pipelines, ILogger<AlibabaAdapter> logger) : IPortalAdapter
{
    public const string PlatformName = "alibaba";

    public string Platform => PlatformName;

    public async Task<ListingResult> ListAsync(CrawlSession session, CancellationToken cancellationToken)
    {
        var settings = AlibabaListingSettings.From(session.Source);
        var page = await session.Browser.OpenPageAsync().ConfigureAwait(false);
        try
        {
            var client = new AlibabaPageClient(page, session.Source.EntryUrl, session.Timeout);
            var listing = new AlibabaListing(session, client, pipelines.GetPipeline(PortalPipelineKey.PageFor(session.Source.EntryUrl.Host)), settings, logger);
            return await listing.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await page.CloseQuietlyAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The position-detail page, which the SPA renders from <c>/position/detail</c>; reached with pushState.</summary>
    public DetailTarget GetDetailTarget(SourceDefinition source, ObservedPosting posting)
    {
        var id = posting.PortalId.Replace("\"", "", StringComparison.Ordinal);
        var ready = source.Setting("detailReadySelector", "article.position-detail[data-position-id=\"{id}\"]")!.Replace("{id}", id, StringComparison.Ordinal);
        var content = source.Setting("detailContentSelector", "article.position-detail")!;
        return new DetailTarget(AlibabaPostingParser.DetailUrl(source.EntryUrl, posting.PortalId), ready, content, DetailNavigation.PushState);
    }
}
