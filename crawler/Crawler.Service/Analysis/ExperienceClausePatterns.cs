using System.Text.RegularExpressions;

namespace Crawler.Analysis;

/// <summary>
/// What the words around a figure say about it: a preference, the employer's own history, or one of several
/// alternatives by degree or level. Used by <see cref="ExperienceSelection"/> on the figure's clause.
/// </summary>
internal static partial class ExperienceClausePatterns
{
    /// <summary>A preference, not a requirement: "…者优先", "加分项", "preferred", "a plus", "nice to have".</summary>
    [GeneratedRegex(
        @"优先|加分|更佳|为佳|更好|\bpreferred\b|\bpreferably\b|\bideally\b|\bnice[\s-]to[\s-]have\b|\ba\s+plus\b|\bbonus\b|\bdesirable\b|\bdesired\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Preferred();

    /// <summary>The employer as subject: "公司", "我们团队", "集团", "our team", "we", "the company".</summary>
    [GeneratedRegex(
        @"公司|团队|集团|我们|我司|本司|本部门|部门|实验室|\bwe\b|\bwe've\b|\bour\b|\bthe\s+(?:company|team|lab|firm|group)\b|\bfounders?\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Employer();

    /// <summary>Words of an employer's history: "成立", "深耕", "积累", "has been building", "founded", "led".</summary>
    [GeneratedRegex(
        @"成立|深耕|积累|历史|已有|已经|拥有|专注|耕耘|发展|创立|创办|扎根|沉淀|致力"
        + @"|\b(?:has|have|'ve)\s+been\b|\bhas\b|\bhave\b|\bfounded\b|\bsince\b|\bhistory\b|\bserv(?:e|es|ed|ing)\b|\bin\s+business\b|\bled\b|\bleads?\b|\bbring\b|\bbuilt\b|\bbuilding\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex History();

    /// <summary>Words that address the candidate, so the clause is a requirement whatever else it says.</summary>
    [GeneratedRegex(
        @"要求|需要|需|具备|具有|候选人|你|者|欢迎|诚聘|招聘|希望|应聘|岗位"
        + @"|\byou\b|\byour\b|\bcandidates?\b|\bapplicants?\b|\bsomeone\b|\blooking\s+for\b|\bseek|\brequir|\bmust\b|\bshould\b|\bexpect|\bideal\b|\bqualif|\bneeds?\b|\bwant\b|\bhir(?:e|ing)\b|\bwould\s+love\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex AddressesCandidate();

    /// <summary>A degree or level naming whom a figure applies to: "本科需5年", "硕士3年", "P6要求3年", "Senior: 5+ years".</summary>
    [GeneratedRegex(
        @"本科|硕士|博士|学士|研究生|大专|专科|中专|初级|中级|高级|资深|专家|\bP\d|\bL\d|\bT\d"
        + @"|\b(?:bachelor|master|phd|ph\.d|doctorate|bs|ms|ba|ma|bsc|msc|mba|junior|mid|senior|staff|principal)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex DegreeOrLevel();

    /// <summary>A subset of the figure before it: "其中至少2年", "including 3+ years", "of which".</summary>
    [GeneratedRegex(@"其中|包括|包含|\bincluding\b|\bof\s+which\b|\bof\s+them\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Subset();
}
