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
    string DutyEn);
