namespace Crawler.Lab.Generation;

/// <summary>Filler, distractors and awkward characters that real postings carry.</summary>
internal static class TextFragments
{
    /// <summary>Numbers that are not years of experience; a parser that takes them is wrong.</summary>
    public static IReadOnlyList<string> DistractorsZh { get; } =
    [
        "熟悉Python 3及常用深度学习框架", "有2个以上完整项目经验者优先", "薪资范围：30-60K·15薪", "本岗位招聘3人",
        "熟悉C++11/14/17标准", "支持5个以上业务线的需求", "能接受每月1-2次出差", "熟悉Java 8+与Spring生态",
        "熟练使用Go 1.20+", "ACM/ICPC 区域赛前3名者优先",
    ];

    public static IReadOnlyList<string> DistractorsEn { get; } =
    [
        "Familiarity with Python 3 and PyTorch", "Experience with 2 or more large-scale projects is a plus",
        "Headcount: 3", "Salary range 30k-60k per month", "Proficiency in C++17", "Able to travel 1-2 times per month",
    ];

    public static IReadOnlyList<string> SkillsZh { get; } =
    [
        "扎实的计算机基础，熟悉常用数据结构与算法", "良好的沟通能力与团队协作意识", "对技术有热情，具备快速学习能力",
        "熟悉分布式系统原理", "具备优秀的数据分析与逻辑思维能力", "有强烈的责任心和结果导向意识",
    ];

    public static IReadOnlyList<string> SkillsEn { get; } =
    [
        "Solid computer science fundamentals", "Strong communication and collaboration skills",
        "Curiosity and the ability to learn fast", "Understanding of distributed systems", "Strong analytical thinking",
    ];

    /// <summary>Literal text that must survive untouched: not decoded, not parsed as markup.</summary>
    public static IReadOnlyList<string> Awkward { get; } =
    [
        "熟悉List<T>、Map<K, V>等泛型容器", "与R&amp;D团队紧密协作", "理解 a < b && b > c 这类边界条件",
        "Experience with Q&A systems & search", "了解 std::vector<int> 的内存模型",
    ];

    /// <summary>Hostile text a crawler must store as data and never execute.</summary>
    public static IReadOnlyList<string> Hostile { get; } =
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(document.domain)>",
    ];
}
