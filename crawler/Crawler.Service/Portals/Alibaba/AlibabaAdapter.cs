using Crawler.Model;
using Crawler.Portals.Shared;
using Crawler.Resilience;
using Microsoft.Extensions.Logging;
using Polly.Registry;

namespace Crawler.Portals.Alibaba;

/// <summary>
/// Alibaba's "new-careers-portal" on its BU hosts (careers-tongyi, talent.quark.cn, talent.dingtalk.com,
/// careers.aliyun.com, …) and campus-talent (portals.md §3). Opens the real listing page so the session
/// cookies and token are the page's own, then calls <c>/position/search</c> from inside the page.
/// Settings: see <see cref="AlibabaSettings"/>, parsed once when sources load.
/// </summary>
public sealed class AlibabaAdapter(ResiliencePipelineProvider<PortalPipelineKey> pipelines, IErrorSnapshots errors, ILogger<AlibabaAdapter> logger) : IPortalAdapter
{
    public const string PlatformName = "alibaba";

    public string Platform => PlatformName;

    public async Task<ListingResult> ListAsync(CrawlSession session, CancellationToken cancellationToken)
    {
        var settings = SourceSettings.Of(session.Source, AlibabaSettingsValidator.Read);
        return await ListingPage.RunAsync(session, errors, page =>
        {
            var client = new AlibabaPageAnswer(page, session.Source.EntryUrl, session.Timeout);
            var listing = new AlibabaListing(session, client, pipelines.GetPipeline(PortalPipelineKey.PageFor(session.Source.EntryUrl.Host)), settings, logger);
            return listing.RunAsync(cancellationToken);
        }).ConfigureAwait(false);
    }

    /// <summary>The position-detail page, which the SPA renders from <c>/position/detail</c>; reached with pushState.</summary>
    /// <remarks>Proven by the page's own <c>POST /position/detail</c> answer for that id (<c>success</c> true) and the posting's title.</remarks>
    public DetailTarget GetDetailTarget(SourceDefinition source, ObservedPosting posting) =>
        SourceSettings.Of(source, AlibabaSettingsValidator.Read).Detail.Target(posting, AlibabaPostingParser.DetailUrl(source.EntryUrl, posting.PortalId), DetailNavigation.PushState,
            new DetailAnswer("POST", "/position/detail", posting.PortalId, DetailAnswer.SuccessMustBeTrue));
}
