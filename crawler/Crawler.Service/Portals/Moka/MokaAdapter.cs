using Crawler.Model;
using Crawler.Portals.Shared;
using Crawler.Resilience;
using Polly.Registry;

namespace Crawler.Portals.Moka;

/// <summary>
/// Moka sites on app.mokahr.com (DeepSeek, Moonshot/Kimi, Zhipu/Z.ai). Opens the real page at <c>#/jobs</c>,
/// reads <c>init-data</c>, pages through the AES-encrypted <c>jobs/v2</c> answers from inside the page and
/// decrypts them here (portals.md §2). Settings: see <see cref="MokaSettings"/>, parsed once when sources load.
/// </summary>
public sealed class MokaAdapter(ResiliencePipelineProvider<PortalPipelineKey> pipelines, IErrorSnapshots errors, ILogger<MokaAdapter> logger)
    : FamilyAdapter<MokaSettings>(PlatformName, pipelines, errors, MokaSettingsValidator.Read, Detail)
{
    public const string PlatformName = "moka";

    /// <summary>
    /// The hash route <c>#/job/{uuid}</c>; proven by the page's own <c>POST …/website/job</c> answer for that
    /// <c>jobId</c> and the posting's title. The answer is encrypted with the page's key, so only its HTTP status
    /// and a plain error envelope fail it at once.
    /// </summary>
    private static readonly FamilyDetailRoute Detail = new(DetailNavigation.Hash, MokaPostingParser.DetailUrl,
        id => new DetailAnswer("POST", "/website/job", id, MokaAnswer.EnvelopeVerdict));

    protected override Task<ListingResult> ListAsync(CrawlSession session, IPage page, ResiliencePipeline pipeline, MokaSettings settings, CancellationToken cancellationToken) =>
        new MokaListing(session, page, pipeline, settings, logger).RunAsync(cancellationToken);
}
