using Crawler.Browsing;
using Crawler.Model;
using Crawler.Resilience;
using Microsoft.Extensions.Logging;
using Polly.Registry;

namespace Crawler.Portals.Moka;

/// <summary>
/// Moka sites on app.mokahr.com (DeepSeek, Moonshot/Kimi, Zhipu/Z.ai). Opens the real page at <c>#/jobs</c>,
/// reads <c>init-data</c>, pages through the AES-encrypted <c>jobs/v2</c> answers from inside the page and
/// decrypts them here (portals.md §2). Settings: see <see cref="MokaSettings"/>; <c>detailReadySelector</c>,
/// <c>detailContentSelector</c>.
/// </summary>
public sealed class MokaAdapter(ResiliencePipelineProvider<PortalPipelineKey> pipelines, ILogger<MokaAdapter> logger) : IPortalAdapter
{
    public const string PlatformName = "moka";

    public string Platform => PlatformName;

    public async Task<ListingResult> ListAsync(CrawlSession session, CancellationToken cancellationToken)
    {
        var settings = MokaSettings.From(session.Source);
        var page = await session.Browser.OpenPageAsync().ConfigureAwait(false);
        try
        {
            var listing = new MokaListing(session, page, pipelines.GetPipeline(PortalPipelineKey.PageFor(session.Source.EntryUrl.Host)), settings, logger);
            return await listing.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await page.CloseQuietlyAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The hash route <c>#/job/{uuid}</c>; ready once the page rendered that job's <c>.job-detail</c>.</summary>
    public DetailTarget GetDetailTarget(SourceDefinition source, ObservedPosting posting)
    {
        var id = posting.PortalId.Replace("\"", "", StringComparison.Ordinal);
        var ready = source.Setting("detailReadySelector", ".job-detail[data-job-id=\"{id}\"]")!.Replace("{id}", id, StringComparison.Ordinal);
        var content = source.Setting("detailContentSelector", ".job-detail")!;
        return new DetailTarget(MokaPostingParser.DetailUrl(source.EntryUrl, posting.PortalId), ready, content, DetailNavigation.Hash);
    }
}
