using Crawler.Lab.Atsx;
using Crawler.Lab.Hosting;

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
/// The sites are data in <c>Nimbus/Static/nimbus-sites.json</c>.
/// </summary>
internal static class NimbusSiteCatalog
{
    public const string Tenant = "nimbus";
    public const string Company = "Nimbus AI";

    /// <summary>Generator indexes after the four ATSX sites, so ids never collide with theirs.</summary>
    public const int FirstSiteIndex = 8;

    private static readonly NimbusSiteSpec[] Rows = LabResources.ReadJson<NimbusSiteSpec[]>("Nimbus.Static.nimbus-sites.json");

    /// <summary>The sites as the shared ATSX generator and store take them.</summary>
    public static IReadOnlyList<AtsxSiteSpec> All { get; } =
        [.. Rows.Select(r => new AtsxSiteSpec(r.Id, Tenant, Company, r.PagePath, "", "", 0, r.DefaultSize, r.IsCampusSite, false, [], "declarative"))];

    public static NimbusSiteSpec Spec(string siteId) =>
        Rows.FirstOrDefault(r => r.Id == siteId) ?? throw new ArgumentOutOfRangeException(nameof(siteId), siteId, "not a Nimbus site");

    /// <summary>The document title of a site's shell.</summary>
    public static string Title(string siteId) => Spec(siteId).Title;
}
