namespace Crawler.Lab.Atsx;

/// <summary>The four ATSX sites of the lab, grouped by tenant host.</summary>
internal static class AtsxSiteCatalog
{
    public static IReadOnlyList<AtsxSiteSpec> All { get; } =
    [
        new("bytedance-campus", "bytedance", "ByteDance", "/campus/position", "campus", "campus", 3, 400, true, false,
        [
            new("7621018569480046853", "Seed大模型人才实习招聘", "Seed LLM Talent Internship", 0),
            new("7621018151002507573", "2027届Seed大模型人才校招", "2027 Seed LLM Talent Campus Hiring", 0),
            new("7580001122334455667", "2027届校园招聘", "2027 Campus Recruitment", 2),
            new("7580001122334455668", "日常实习", "Daily Internship", 3),
        ]),
        new("bytedance-experienced", "bytedance", "ByteDance", "/experienced/position", "society", "society", 2, 600, false, false, []),
        new("minimax-campus", "minimax", "MiniMax", "/379481/position", "379481", "saas-career", 6, 100, true, true,
        [
            new("7572193079274801454", "2027届校园招聘", "2027 Campus Recruitment", 1),
            new("7495675705720965415", "实习生招聘", "Internship", 2),
            new("7496820276634634537", "Top Talent", "Top Talent", 1),
            new("7352753013591755047", "研究型实习生", "Research Intern", 2),
        ]),
        new("minimax-social", "minimax", "MiniMax", "/index/position", "index", "saas-career", 6, 200, false, true, []),
    ];
}
