namespace Crawler.Lab.Alibaba;

/// <summary>The six Alibaba-family sites of the lab; each is its own host, as the real BU domains are (portals.md §3).</summary>
internal static class AlibabaSiteCatalog
{
    public static IReadOnlyList<AlibabaSiteSpec> All { get; } =
    [
        new("alibaba-tongyi", "careers-tongyi.alibaba.com", "Token Foundry", "ty_group_official_site", 63, false,
            ["Qwen Audio", "Qwen模型训练", "Qwen VL", "Qwen Coder", "Qwen Omni"], []),
        new("alibaba-quark", "talent.quark.cn", "千问事业部", "quark_group_official_site", 60, false, [], []),
        new("alibaba-dingtalk", "talent.dingtalk.com", "千问办公", "dingtalk_group_official_site", 40, false, [], []),
        new("alibaba-aliyun", "careers.aliyun.com", "阿里云", "aliyun_group_official_site", 677, false, [], []),
        new("alibaba-holding", "talent-holding.alibaba.com", "集团", "kgjt_group_official_site", 120, false, [], []),
        new("alibaba-campus", "campus-talent.alibaba.com", "阿里巴巴", "new_campus_group_official_site", 150, true, [],
        [
            new(100000760001, "2027届秋季校园招聘", "graduate", "freshman"),
            new(100000540002, "2027届实习生", "internship", "internship"),
            new(100000560002, "日常实习生", "internship", "internship"),
            new(100000560001, "研究型实习生", "internship", "internship"),
            new(100000780001, "阿里星 AliStar", "topTalentPlan", "freshman"),
        ]),
    ];
}
