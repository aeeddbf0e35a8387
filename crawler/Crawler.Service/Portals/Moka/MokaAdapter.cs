using Crawler.Model;
using Crawler.Portals.Shared;
using Crawler.Resilience;
using Microsoft.Extensions.Logging;
using Polly.Registry;

namespace Crawler.Portals.Moka;

/// <summary>
/// Moka sites on app.mokahr.com (DeepSeek, Moonshot/Kimi, Zhipu/Z.ai). Opens the real page at <c>#/jobs</c>,
/// reads <c>init-data</c>, pages through the AES-encrypted <c>jobs/v2</c> answers from inside the page and
/// decrypts them here (portals.md §2). Settings: see <see cref="MokaSettings"/>, parsed once when sources load.
/// </summary>
public sealed class MokaAdapter(ResiliencePipelineProvider<PortalPipelineKey> pipelines, IErrorSnapshots errors, ILogger<MokaAdapter> logger) : IPortalAdapter
{
    public const string PlatformName = "moka";

    public string Platform => PlatformName;

    public async Task<ListingResult> ListAsync(CrawlSession session, CancellationToken cancellationToken)
    {
        var settings = SourceSettings.Of(session.Source, MokaSettingsValidator.Read);
        return await ListingPage.RunAsync(session, errors, page =>
            new MokaListing(session, page, pipelines.GetPipeline(PortalPipelineKey.PageFor(session.Source.EntryUrl.Host)), settings, logger)
                .RunAsync(cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>
    /// The hash route <c>#/job/{uuid}</c>; proven by the page's own <c>POST …/website/job</c> answer for that
    /// <c>jobId</c> and the posting's title. The answer is encrypted with the page's key, so only its HTTP status
    /// and a plain error envelope fail it at once.
    /// </summary>
    public DetailTarget GetDetailTarget(SourceDefinition source, ObservedPosting posting) =>
        SourceSettings.Of(source, MokaSettingsValidator.Read).Detail.Target(posting, MokaPostingParser.DetailUrl(source.EntryUrl, posting.PortalId), DetailNavigation.Hash,
            new DetailAnswer("POST", "/website/job", posting.PortalId, MokaAnswer.EnvelopeVerdict));
}
