using System.Text.RegularExpressions;

namespace Crawler.Analysis;

/// <summary>
/// What the words around a figure say about it: a preference, the employer's own history, or one of several
/// alternatives by degree or level. Used by <see cref="ExperienceSelection"/> on the figure's clause; the words
/// are the <c>clause</c> group of <c>Analysis/word-lists.json</c>.
/// </summary>
/// <param name="Preferred">A preference, not a requirement: "…者优先", "加分项", "preferred", "a plus", "nice to have".</param>
/// <param name="Employer">The employer as subject: "公司", "我们团队", "集团", "our team", "we", "the company".</param>
/// <param name="History">Words of an employer's history: "成立", "深耕", "积累", "has been building", "founded", "led".</param>
/// <param name="AddressesCandidate">Words that address the candidate, so the clause is a requirement whatever else it says.</param>
/// <param name="DegreeOrLevel">A degree or level naming whom a figure applies to: "本科需5年", "硕士3年", "P6要求3年", "Senior: 5+ years".</param>
/// <param name="Subset">A subset of the figure before it: "其中至少2年", "including 3+ years", "of which".</param>
internal sealed record ClauseWords(Regex Preferred, Regex Employer, Regex History, Regex AddressesCandidate, Regex DegreeOrLevel, Regex Subset)
{
    public static ClauseWords Instance { get; } =
        PatternTable.Read<ClauseWords>(WordLists.Resource, "clause", WordLists.Options);
}
