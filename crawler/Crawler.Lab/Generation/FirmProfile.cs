namespace Crawler.Lab.Generation;

/// <summary>
/// What one firm's generated postings look like, shaped after the study (<c>shared/study.md</c>): the research
/// areas it posts in (the appendix's ✓ cells; no other area ever appears), how often a technical posting names
/// one or two of them, its go-to-market mix, and how often an experienced posting states years of experience.
/// The figures the demo report gives follow from these shares and the demo's site sizes; nothing is fixed after
/// generation.
/// </summary>
/// <param name="Company">The firm, as the lab sites name it.</param>
/// <param name="Areas">Area tags (<see cref="LabVocabulary.AreaTags"/>) this firm's postings may name.</param>
/// <param name="TwoAreas">Share of technical postings naming two areas.</param>
/// <param name="OneArea">Share of technical postings naming at least one area (two included).</param>
/// <param name="StatesYears">Share of experienced postings whose requirement states a figure of years (many real ones state none).</param>
/// <param name="Sales">Weight of each B2B sales role (an engineering role weighs 8, another role 3).</param>
/// <param name="Marketing">Weight of each marketing role.</param>
/// <param name="OtherGtm">Weight of each other go-to-market role (pre-sales, government relations, sales operations).</param>
/// <param name="SalesPostings">Sales postings placed exactly at generation where the family supports it (Moka: DeepSeek's one); 0 = none.</param>
internal sealed record FirmProfile(
    string Company,
    IReadOnlyList<string> Areas,
    double TwoAreas,
    double OneArea,
    double StatesYears,
    int Sales,
    int Marketing,
    int OtherGtm,
    int SalesPostings = 0)
{
    /// <summary>Share of experienced postings saying no experience is required (经验不限), beside those stating a figure.</summary>
    public double StatesNone => StatesYears * 0.08;

    /// <summary>The area phrasings this firm may use, in vocabulary order.</summary>
    public IReadOnlyList<AreaTagPhrase> AreaPhrases => [.. AreaTagPhrase.All.Where(p => Areas.Contains(p.Tag))];

    /// <summary>
    /// Relative weight of each role in <see cref="RoleCatalog.Roles"/>. Campus hiring is mostly engineering:
    /// there a technical role weighs 12, another role 2 and a go-to-market role a third of its social weight.
    /// </summary>
    public IReadOnlyList<int> RoleWeights(bool campus) =>
    [
        .. RoleCatalog.Roles.Select(r => r.GoToMarket switch
        {
            "b2b-sales" => Scaled(Sales, campus),
            "marketing" => Scaled(Marketing, campus),
            "other-gtm" => Scaled(OtherGtm, campus),
            _ => r.Technical ? (campus ? 12 : 8) : (campus ? 2 : 3),
        }),
    ];

    private static int Scaled(int weight, bool campus) => campus ? (weight + 2) / 3 : weight;
}
