using Crawler.Analysis;

namespace Crawler.Commands;

/// <summary>One output line of <c>derive --stdin</c>: the derived fields of one input line and why.</summary>
/// <param name="Line">1-based number of the input line, so outputs join inputs even when a line was rejected.</param>
/// <param name="MinYearsExperience">As stored: the study's minimum years (campus 0), null when nothing is stated.</param>
/// <param name="ExperienceBasis">Why: stated years, none required, new-graduate wording, campus, or not stated.</param>
/// <param name="MatchedText">The phrase the experience parser read, null when none.</param>
/// <param name="IsCampus">Campus or intern posting.</param>
/// <param name="Cities">Canonical city names of the input's optional <c>cities</c>.</param>
/// <param name="AreaTags">The study's research areas.</param>
/// <param name="GoToMarket">Go-to-market class.</param>
public sealed record DeriveOutput(
    int Line,
    double? MinYearsExperience,
    ExperienceBasis ExperienceBasis,
    string? MatchedText,
    bool IsCampus,
    IReadOnlyList<string> Cities,
    IReadOnlyList<string> AreaTags,
    string GoToMarket)
{
    public static DeriveOutput From(int line, DerivedExplanation explained) => new(
        line,
        explained.Fields.MinYearsExperience,
        explained.Experience.Basis,
        explained.Experience.MatchedText,
        explained.Fields.IsCampus,
        explained.Fields.Cities,
        explained.Fields.AreaTags,
        explained.Fields.GoToMarket);
}
