using Crawler.Model;
using Crawler.Portals.Shared;
using Crawler.Resilience;
using Polly.Registry;

namespace Crawler.Portals.Atsx;

/// <summary>
/// ByteDance's ATSX engine and Feishu Hire tenants (ByteDance campus and experienced, MiniMax). Lets the real
/// page obtain its CSRF token and signature and reads the page's own search answers (portals.md §5.1).
/// Settings: see <see cref="AtsxSettings"/>, parsed once when sources load.
/// </summary>
public sealed class AtsxAdapter(ResiliencePipelineProvider<PortalPipelineKey> pipelines, IErrorSnapshots errors, ILogger<AtsxAdapter> logger)
    : FamilyAdapter<AtsxSettings>(PlatformName, pipelines, errors, AtsxSettingsValidator.Read, Detail)
{
    public const string PlatformName = "atsx";

    /// <summary>
    /// <c>{list}/{id}/detail</c>, reached with pushState; proven by the page's own
    /// <c>GET /api/v1/job/posts/{id}</c> answer (<c>code</c> 0) and the posting's title.
    /// </summary>
    private static readonly FamilyDetailRoute Detail = new(DetailNavigation.PushState, AtsxPostingParser.DetailUrl,
        id => new DetailAnswer("GET", "/api/v1/job/posts/" + id, null, DetailAnswer.CodeMustBeZero));

    protected override async Task<ListingResult> ListAsync(CrawlSession session, IPage page, ResiliencePipeline pipeline, AtsxSettings settings, CancellationToken cancellationToken)
    {
        using var capture = new AtsxPageAnswer(page);
        return await new AtsxListing(session, page, capture, pipeline, settings.PageSize, logger).RunAsync(cancellationToken).ConfigureAwait(false);
    }
}
