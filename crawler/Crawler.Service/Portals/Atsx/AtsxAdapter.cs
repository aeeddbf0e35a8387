using Crawler.Model;
using Crawler.Portals.Shared;
using Crawler.Resilience;
using Microsoft.Extensions.Logging;
using Polly.Registry;

namespace Crawler.Portals.Atsx;

/// <summary>
/// ByteDance's ATSX engine and Feishu Hire tenants (ByteDance campus and experienced, MiniMax). Lets the real
/// page obtain its CSRF token and signature and reads the page's own search answers (portals.md §5.1).
/// Settings: see <see cref="AtsxSettings"/>, parsed once when sources load.
/// </summary>
public sealed class AtsxAdapter(ResiliencePipelineProvider<PortalPipelineKey> pipelines, IErrorSnapshots errors, ILogger<AtsxAdapter> logger) : IPortalAdapter
{
    public const string PlatformName = "atsx";

    public string Platform => PlatformName;

    public async Task<ListingResult> ListAsync(CrawlSession session, CancellationToken cancellationToken)
    {
        var settings = SourceSettings.Of(session.Source, AtsxSettingsValidator.Read);
        return await ListingPage.RunAsync(session, errors, async page =>
        {
            using var capture = new AtsxPageAnswer(page);
            var listing = new AtsxListing(session, page, capture, pipelines.GetPipeline(PortalPipelineKey.PageFor(session.Source.EntryUrl.Host)), settings.PageSize, logger);
            return await listing.RunAsync(cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>{list}/{id}/detail</c>, reached with pushState; proven by the page's own
    /// <c>GET /api/v1/job/posts/{id}</c> answer (<c>code</c> 0) and the posting's title.
    /// </summary>
    public DetailTarget GetDetailTarget(SourceDefinition source, ObservedPosting posting) =>
        SourceSettings.Of(source, AtsxSettingsValidator.Read).Detail.Target(posting, AtsxPostingParser.DetailUrl(source.EntryUrl, posting.PortalId), DetailNavigation.PushState,
            new DetailAnswer("GET", "/api/v1/job/posts/" + posting.PortalId, null, DetailAnswer.CodeMustBeZero));
}
