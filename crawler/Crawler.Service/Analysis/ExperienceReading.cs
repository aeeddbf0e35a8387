namespace Crawler.Analysis;

/// <summary>
/// What <see cref="ExperienceParser"/> read from a posting: the minimum years, the language of the
/// phrase that decided it and the phrase itself, so a report can explain every figure.
/// </summary>
/// <param name="Years">Minimum years of experience; null when nothing is stated.</param>
/// <param name="Language">Language of the deciding phrase.</param>
/// <param name="Basis">Stated figure, "none required", new-graduate wording, or nothing.</param>
/// <param name="MatchedText">The deciding phrase as it appears in the text.</param>
public sealed record ExperienceReading(
    double? Years,
    ExperienceLanguage Language,
    ExperienceBasis Basis,
    string? MatchedText)
{
    /// <summary>Nothing stated.</summary>
    public static ExperienceReading NotStated { get; } =
        new(null, ExperienceLanguage.None, ExperienceBasis.NotStated, null);

    /// <summary>True when the text itself states a requirement (a figure or "none required").</summary>
    public bool IsExplicit => Basis is ExperienceBasis.StatedYears or ExperienceBasis.NoneRequired;
}
