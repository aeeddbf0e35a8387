namespace Crawler.Lab.Generation;

/// <summary>A kind of job the generator can post: its titles, its category in the real tree and its go-to-market kind.</summary>
internal sealed record RoleTemplate(
    string TitleZh,
    string TitleEn,
    string RootName,
    string LeafName,
    string GoToMarket,
    bool Technical,
    string DutyZh,
    string DutyEn)
{
    /// <summary>The intern posting's Chinese title: 工程师 becomes 实习生, any other title gains it.</summary>
    public string InternTitleZh => TitleZh.EndsWith("工程师", StringComparison.Ordinal) ? TitleZh[..^3] + "实习生" : TitleZh + "实习生";

    public string InternTitleEn => $"{TitleEn} Intern";
}
