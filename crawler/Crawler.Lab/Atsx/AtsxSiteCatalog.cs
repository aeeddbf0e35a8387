using Crawler.Lab.Hosting;

namespace Crawler.Lab.Atsx;

/// <summary>The four ATSX sites of the lab, grouped by tenant host, as data in <c>Atsx/Static/atsx-sites.json</c>.</summary>
internal static class AtsxSiteCatalog
{
    public static IReadOnlyList<AtsxSiteSpec> All { get; } = LabResources.ReadJson<AtsxSiteSpec[]>("Atsx.Static.atsx-sites.json");
}
