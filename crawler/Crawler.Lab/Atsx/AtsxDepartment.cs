namespace Crawler.Lab.Atsx;

/// <summary>A business unit: <c>department_id</c> / <c>department_info</c>, and the title suffix it lends.</summary>
internal sealed record AtsxDepartment(string Id, string Name, string EnName)
{
    public static IReadOnlyList<AtsxDepartment> ForCompany(string company) => company == "MiniMax" ? MiniMax : ByteDance;

    private static readonly AtsxDepartment[] ByteDance =
    [
        new("6704215863010001001", "抖音", "Douyin"),
        new("6704215863010001002", "TikTok", "TikTok"),
        new("6704215863010001003", "Seed", "Seed"),
        new("6704215863010001004", "火山引擎", "Volcano Engine"),
        new("6704215863010001005", "飞书", "Lark"),
        new("6704215863010001006", "商业化", "Monetization"),
        new("6704215863010001007", "番茄小说", "Fanqie Novel"),
    ];

    private static readonly AtsxDepartment[] MiniMax =
    [
        new("7352700000000000001", "基础模型", "Foundation Models"),
        new("7352700000000000002", "开放平台", "Open Platform"),
        new("7352700000000000003", "商业化", "Commercialization"),
        new("7352700000000000004", "平台工程", "Platform Engineering"),
    ];
}
