using System.Text.RegularExpressions;

namespace Crawler.Analysis;

/// <summary>
/// The Chinese-side regular expressions behind <see cref="ExperienceParser"/> (English ones:
/// <see cref="EnglishExperiencePatterns"/>), the <c>chinese</c> group of <c>Analysis/experience-patterns.json</c>.
/// Every figure needs an experience context (年 followed by 以上/经验, "years" followed by "of/experience" or
/// preceded by "at least"), so versions (Python 3), headcounts (招聘3人), salaries (20-40K, 15薪), dates
/// (2026年6月), 985/211, Top 3, 5G, 3D and H100 never carry one.
/// </summary>
/// <remarks>
/// A Chinese-side number is 1–2 digits (never part of a longer number such as 2026) or a numeral. Patterns start
/// with a consuming character class (no leading look-behind) so the engine can jump straight to candidate
/// positions; the parser checks what precedes a match. 后端/前端/后台/内容 are work (3年后端开发经验), not
/// "after/before/within" (fragment <c>notDate</c>).
/// </remarks>
/// <param name="ChineseYears">"3年以上", "3-5年工作经验", "三年及以上", "3+年", "两年左右", "1年半以上", "6个月以上相关经验".</param>
/// <param name="ChineseLabelledYears">"工作经验：3-5年", "经验要求 3年以上", "工作年限5年".</param>
/// <param name="ChineseQualifiedYears">"不少于3年", "至少两年", "工作满1年" (满 alone is tenure: 入职满3年可申请期权).</param>
/// <param name="ChineseUpTo">"3年以内经验", "经验要求：1年以下": the lower bound of [0, N] is 0.</param>
/// <param name="ChineseNoneRequired">"经验不限", "不限工作经验", "工作经验：无", "无需经验", "接受无经验".</param>
/// <param name="ChineseNewGraduate">"应届", "2027届", "校招", "校园招聘", "毕业生", "在校生"; not "2020届及以前" (an experienced cohort).</param>
/// <param name="MixedYears">
/// "5+ years后端开发经验", "2-3 years 产品运营经验", "有 3 years 以上 NLP 经验", "6 years+ 架构经验": the unit is English,
/// the phrasing Chinese. The parser accepts a match only next to a Chinese character, so English sentences stay English.
/// </param>
/// <param name="GraduationWindow">
/// A window since graduation: "毕业5年以内", "毕业不超过3年", "硕士毕业2年内" (upper bounds: <c>upto</c> or
/// <c>within</c>) and "毕业3-5年", "毕业1年以上" (lower bounds).
/// </param>
internal sealed record ExperiencePatterns(
    Regex ChineseYears, Regex ChineseLabelledYears, Regex ChineseQualifiedYears, Regex ChineseUpTo,
    Regex ChineseNoneRequired, Regex ChineseNewGraduate, Regex MixedYears, Regex GraduationWindow)
{
    public const string Resource = "Crawler.Analysis.experience-patterns.json";

    public static ExperiencePatterns Instance { get; } =
        PatternTable.Read<ExperiencePatterns>(Resource, "chinese", RegexOptions.CultureInvariant);
}
