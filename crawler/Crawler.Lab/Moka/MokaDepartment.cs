namespace Crawler.Lab.Moka;

/// <summary>A department: <c>deptId</c> in the list, <c>department{id,name}</c> in the detail.</summary>
internal sealed record MokaDepartment(long Id, string Name, string EnName)
{
    public static IReadOnlyList<MokaDepartment> ForCompany(string company, long? fixedId) => fixedId is { } id
        ? [new(id, "深度求索", "DeepSeek")]
        : company switch
        {
            "Moonshot" => Moonshot,
            _ => Zhipu,
        };

    private static readonly MokaDepartment[] Moonshot =
    [
        new(2101001, "Kimi产品", "Kimi Product"), new(2101002, "大模型研发", "LLM Research"),
        new(2101003, "基础设施", "Infrastructure"), new(2101004, "商业化", "Commercialization"),
    ];

    private static readonly MokaDepartment[] Zhipu =
    [
        new(2202001, "GLM大模型", "GLM Models"), new(2202002, "开放平台", "Open Platform"),
        new(2202003, "Z.ai国际化", "Z.ai International"), new(2202004, "解决方案", "Solutions"),
    ];
}
