using System.Text.RegularExpressions;

namespace Crawler.Analysis;

/// <summary>
/// The English regular expressions behind <see cref="ExperienceParser"/>, the <c>english</c> group of
/// <c>Analysis/experience-patterns.json</c> (matched ignoring case). The leading number form (fragment
/// <c>enNumLead</c>) has no look-behind at the start of a pattern: the parser checks the character before.
/// </summary>
/// <param name="EnglishYears">"3+ years of experience", "at least 5 years", "3-5 years' experience", "3 years of Python".</param>
/// <param name="EnglishMonths">"6 months of experience", "6+ months of relevant experience".</param>
/// <param name="EnglishLabelledYears">"Experience: 3-5 years", "Experience level: Senior (7+ years)", "Experience - 2 years", "Years of experience: 5+".</param>
/// <param name="EnglishLabelledNone">"Experience: 不限", "Experience: none", "Experience level: entry", "Experience: not required".</param>
/// <param name="EnglishNoneRequired">"no experience required", "no prior experience necessary", "experience not required", "0 years".</param>
/// <param name="EnglishNewGraduate">"fresh graduate", "new grad", "recent graduates", "campus hire", "class of 2027", "2027 graduates".</param>
/// <param name="EnglishMinimumBefore">A qualifier just before an English figure that makes it a minimum ("at least 3 years").</param>
/// <param name="EnglishUpToBefore">A qualifier just before an English figure that makes it an upper bound ("less than 2 years").</param>
/// <param name="EnglishWindowBefore">Words just before an English figure that make it a window, not a requirement ("within 2 years").</param>
internal sealed record EnglishExperiencePatterns(
    Regex EnglishYears, Regex EnglishMonths, Regex EnglishLabelledYears, Regex EnglishLabelledNone, Regex EnglishNoneRequired,
    Regex EnglishNewGraduate, Regex EnglishMinimumBefore, Regex EnglishUpToBefore, Regex EnglishWindowBefore)
{
    public static EnglishExperiencePatterns Instance { get; } =
        PatternTable.Read<EnglishExperiencePatterns>(ExperiencePatterns.Resource, "english", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
}
