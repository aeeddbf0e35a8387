namespace Crawler.Lab.Moka;

/// <summary>The five Moka sites of the lab at their real sizes (portals.md §2.2, 2026-10-05). All share one host, as on app.mokahr.com.</summary>
internal static class MokaSiteCatalog
{
    public static IReadOnlyList<MokaSiteSpec> All { get; } =
    [
        new("deepseek", "DeepSeek", "high-flyer", "深度求索", 140576, false, 37, ListOmitsDates: true, FixedDeptId: 2028422),
        new("moonshot-social", "Moonshot", "moonshot", "月之暗面", 148506, false, 106),
        new("moonshot-campus", "Moonshot", "moonshot", "月之暗面", 148507, true, 93, PauseShare: 11.0 / 93),
        new("zhipu-social", "Zhipu", "zphz", "智谱", 148983, false, 135),
        new("zhipu-campus", "Zhipu", "zphz", "智谱", 148984, true, 23, NoDescriptionShare: 5.0 / 23),
    ];
}
