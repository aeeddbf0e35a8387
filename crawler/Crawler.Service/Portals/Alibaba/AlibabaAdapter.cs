using Crawler.Model;
using Crawler.Portals.Shared;
using Crawler.Resilience;
using Polly.Registry;

namespace Crawler.Portals.Alibaba;

/// <summary>
/// Alibaba's "new-careers-portal" on its BU hosts (careers-tongyi, talent.quark.cn, talent.dingtalk.com,
/// careers.aliyun.com, …) and campus-talent (portals.md §3). Opens the real listing page so the session
/// cookies and token are the page's own, then calls <c>/position/search</c> from inside the page.
/// Settings: see <see cref="AlibabaSettings"/>, parsed once when sources load.
/// </summary>
public sealed class AlibabaAdapter(ResiliencePipelineProvider<PortalPipelineKey> pipelines, IErrorSnapshots errors, ILogger<AlibabaAdapter> logger)
    : FamilyAdapter<AlibabaSettings>(PlatformName, pipelines, errors, AlibabaSettingsValidator.Read, Detail)
{
    public const string PlatformName = "alibaba";

    /// <summary>
    /// The position-detail page, which the SPA renders from <c>/position/detail</c>; reached with pushState and
    /// proven by the page's own <c>POST /position/detail</c> answer for that id (<c>success</c> true) and the posting's title.
    /// </summary>
    private static readonly FamilyDetailRoute Detail = new(DetailNavigation.PushState, AlibabaPostingParser.DetailUrl,
        id => new DetailAnswer("POST", "/position/detail", id, DetailAnswer.SuccessMustBeTrue));

    protected override Task<ListingResult> ListAsync(CrawlSession session, IPage page, ResiliencePipeline pipeline, AlibabaSettings settings, CancellationToken cancellationToken) =>
        new AlibabaListing(session, new AlibabaPageAnswer(page, session.Source.EntryUrl, session.Timeout), pipeline, settings, logger).RunAsync(cancellationToken);
}
