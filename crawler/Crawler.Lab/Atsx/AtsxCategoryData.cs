using Crawler.Lab.Hosting;

namespace Crawler.Lab.Atsx;

/// <summary>
/// The real ByteDance category tree (9 roots, 66 leaves) from <c>GET /api/v1/config/job/filters/2</c>, as data in
/// <c>Atsx/Static/atsx-categories.json</c>, copied from tests/Crawler.Tests/Fixtures/real/bytedance/config-job-filters-2.job_type_list.json.
/// </summary>
internal static class AtsxCategoryData
{
    public static IReadOnlyList<AtsxCategory> All { get; } = LabResources.ReadJson<AtsxCategory[]>("Atsx.Static.atsx-categories.json");
}
