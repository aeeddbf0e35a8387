using Crawler.Lab.Atsx;

namespace Crawler.Lab.Nimbus;

/// <summary>
/// The two sites of Nimbus AI, a fictional firm whose home-made careers portal no built-in adapter knows:
/// an API-driven SPA with a "加载更多 / Load more" button and cursor paging, and an infinite-scroll page of
/// click-only cards; and a job board in the style of independent SPA portals (CSRF cookie, POST search,
/// click-only "下一页" pager, hash-routed details, an error view with "重试" and no retry of its own), served
/// three times (<c>nimbus-board</c>, crawled by API capture; <c>nimbus-cards</c>, crawled by DOM selectors;
/// <c>nimbus-details</c>, whose search answer lacks the description and requirement: only the detail answer has them;
/// <c>nimbus-opaque</c>, click-only cards whose detail route hides the id and whose DOM never shows it; <c>nimbus-posted</c>,
/// whose detail answer is asked for by POST). Postings come from the shared generator; the shape is Nimbus's own.
/// </summary>
internal static class NimbusSiteCatalog
{
    public const string Tenant = "nimbus";
    public const string Company = "Nimbus AI";
    public const string ApiSiteId = "nimbus-api";
    public const string DomSiteId = "nimbus-dom";
    public const string BoardSiteId = "nimbus-board";
    public const string CardsSiteId = "nimbus-cards";
    public const string DetailsSiteId = "nimbus-details";
    public const string OpaqueSiteId = "nimbus-opaque";
    public const string PostedSiteId = "nimbus-posted";

    /// <summary>Generator indexes after the four ATSX sites, so ids never collide with theirs.</summary>
    public const int FirstSiteIndex = 8;

    public static IReadOnlyList<AtsxSiteSpec> All { get; } =
    [
        new(ApiSiteId, Tenant, Company, "/careers", "", "", 0, 60, false, false, [], "declarative"),
        new(DomSiteId, Tenant, Company, "/jobs", "", "", 0, 40, true, false, [], "declarative"),
        new(BoardSiteId, Tenant, Company, "/board/", "", "", 0, 50, false, false, [], "declarative"),
        new(CardsSiteId, Tenant, Company, "/cards/", "", "", 0, 30, true, false, [], "declarative"),
        new(DetailsSiteId, Tenant, Company, "/details/", "", "", 0, 30, false, false, [], "declarative"),
        new(OpaqueSiteId, Tenant, Company, "/opaque/", "", "", 0, 30, true, false, [], "declarative"),
        new(PostedSiteId, Tenant, Company, "/posted/", "", "", 0, 30, false, false, [], "declarative"),
    ];

    /// <summary>The document title of a site's shell.</summary>
    public static string Title(string siteId) => siteId switch
    {
        ApiSiteId => "Nimbus AI 招聘 · Careers",
        DomSiteId => "Nimbus AI 职位 · Jobs",
        _ => "Nimbus AI 职位 · Job board",
    };
}
