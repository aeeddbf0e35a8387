using System.Text.RegularExpressions;

namespace Crawler.Analysis;

/// <summary>
/// The Chinese-side regular expressions behind <see cref="ExperienceParser"/> (English ones:
/// <see cref="EnglishExperiencePatterns"/>). Every figure needs an experience
/// context (年 followed by 以上/经验, "years" followed by "of/experience" or preceded by "at least"), so
/// versions (Python 3), headcounts (招聘3人), salaries (20-40K, 15薪), dates (2026年6月), 985/211,
/// Top 3, 5G, 3D and H100 never carry one.
/// </summary>
internal static partial class ExperiencePatterns
{
    // A Chinese-side number: 1–2 digits (never part of a longer number such as 2026), or a numeral.
    // Patterns start with a consuming character class (no leading look-behind) so the engine can jump
    // straight to candidate positions; the parser checks what precedes a match (Preceded*).
    private const string CnNum = @"(?:\d{1,2}(?:\.5)?(?![\d.])|[一二两三四五六七八九十]{1,3}|半)";
    private const string CnNumInner = @"(?:(?<![\d.])\d{1,2}(?:\.5)?(?![\d.])|[一二两三四五六七八九十]{1,3}|半)";
    private const string Sep = @"\s*(?:-|–|—|－|~|～|〜|至|到)\s*";
    private const string CnContext = @"[^，。；;！!？?\n]{0,20}?(?:经验|经历|从业|工作|开发|研发)";
    // 后端/前端/后台/内容 are work (3年后端开发经验), not "after/before/within".
    private const string NotDate = @"(?!后(?!端|台)|前(?!端|台)|内(?!容)|以下|级|龄|薪|度|份|底|初|末|月|间|代|纪|[0-9])";

    /// <summary>"3年以上", "3-5年工作经验", "三年及以上", "3+年", "两年左右", "1年半以上", "6个月以上相关经验".</summary>
    [GeneratedRegex(
        @"(?<a>" + CnNum + @")(?:" + Sep + @"(?<b>" + CnNumInner + @"))?\s*(?<plus>\+)?\s*"
        + @"(?<unit>年|个月)(?<half>半)?" + NotDate + @"(?:\(含\)|（含）)?"
        + @"(?<above>(?:及|或|或者)?以上|\+|左右)?(?<ctx>(?=" + CnContext + "))?",
        RegexOptions.CultureInvariant)]
    public static partial Regex ChineseYears();

    /// <summary>"工作经验：3-5年", "经验要求 3年以上", "工作年限5年".</summary>
    [GeneratedRegex(
        @"(?:经验|年限|工龄)(?:要求)?\s*[：:]?\s*(?:要求|需|需要|在)?\s*(?<a>" + CnNumInner + @")(?:" + Sep + @"(?<b>" + CnNumInner + @"))?\s*\+?\s*(?:年(?!以下|以内|内)|(?i:years?|yrs?)(?![a-zA-Z]))",
        RegexOptions.CultureInvariant)]
    public static partial Regex ChineseLabelledYears();

    /// <summary>"不少于3年", "至少两年", "工作满1年" (满 alone is tenure: 入职满3年可申请期权).</summary>
    [GeneratedRegex(
        @"(?:不少于|不低于|至少|最少|起码|超过|大于|(?:工作|从业|工龄|经验)\s*满|≥|>=)\s*(?<a>" + CnNumInner + @")\s*年" + NotDate,
        RegexOptions.CultureInvariant)]
    public static partial Regex ChineseQualifiedYears();

    /// <summary>"3年以内经验", "经验要求：1年以下": the lower bound of [0, N] is 0.</summary>
    [GeneratedRegex(
        @"(?:(?:经验|年限)(?:要求)?\s*[：:]?\s*" + CnNumInner + @"\s*年(?:以下|以内|内)|" + CnNumInner + @"\s*年(?:以内|以下|内(?!容))(?=" + CnContext + @"))",
        RegexOptions.CultureInvariant)]
    public static partial Regex ChineseUpTo();

    /// <summary>"经验不限", "不限工作经验", "工作经验：无", "无需经验", "接受无经验".</summary>
    [GeneratedRegex(
        @"(?:工作|相关)?经验(?:要求)?\s*[：:]?\s*不限|不限(?:工作|相关)?经验|(?:经验|年限)(?:要求)?\s*[：:]\s*(?:无|不限|0\s*年)"
        + @"|无(?:需|须)(?:相关|工作)?经验|不(?:需要|需|要求|用)(?:有)?(?:任何)?(?:相关|工作)*经验|(?:接受|欢迎)(?:零|无)(?:相关|工作)?经验|无(?:相关|工作)?经验(?:者)?(?:亦可|也可|可|要求)|零经验|年限不限"
        + @"|(?:经验|年限)(?:要求)?(?:无|没有)(?:硬性|特别|特殊|严格)?要求|对(?:工作)?(?:经验|年限)(?:没有|无|不作|不做)(?:硬性|特别|特殊|严格)?要求|没有(?:工作|相关)?(?:经验|年限)要求",
        RegexOptions.CultureInvariant)]
    public static partial Regex ChineseNoneRequired();

    /// <summary>"应届", "2027届", "校招", "校园招聘", "毕业生", "在校生"; not "2020届及以前" (an experienced cohort).</summary>
    [GeneratedRegex(@"应届|\d{2,4}\s*届(?!及?(?:以前|之前|往前))|校招|校园招聘|毕业生|在校生", RegexOptions.CultureInvariant)]
    public static partial Regex ChineseNewGraduate();

    // English numbers for the mixed form ("5+ years后端开发经验"): the unit is English, the phrasing Chinese.
    private const string MixNum = @"(?:\d{1,2}(?:\.5)?(?![\w.%])|(?i:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)(?![a-zA-Z]))";
    private const string MixNumInner = @"(?:(?<![\w.])\d{1,2}(?:\.5)?(?![\w.%])|(?i:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)(?![a-zA-Z]))";

    /// <summary>"5+ years后端开发经验", "2-3 years 产品运营经验", "有 3 years 以上 NLP 经验", "6 years+ 架构经验".</summary>
    /// <remarks>The parser accepts a match only next to a Chinese character, so English sentences stay English.</remarks>
    [GeneratedRegex(
        @"(?<a>" + MixNum + @")(?:(?:" + Sep + @"|\s+to\s+)(?<b>" + MixNumInner + @"))?\s*(?<plus>\+)?\s*(?i:years?|yrs?)(?![a-zA-Z])"
        + @"\s*(?<above>\+|(?:及|或)?以上)?(?<ctx>(?=" + CnContext + "))?",
        RegexOptions.CultureInvariant)]
    public static partial Regex MixedYears();

    /// <summary>
    /// A window since graduation: "毕业5年以内", "毕业不超过3年", "硕士毕业2年内" (upper bounds: <c>upto</c> or
    /// <c>within</c>) and "毕业3-5年", "毕业1年以上" (lower bounds).
    /// </summary>
    [GeneratedRegex(
        @"毕业(?:时间)?\s*(?:在\s*)?(?<upto>不超过|不满|未满|少于|低于|不到|不超)?\s*(?<a>" + CnNumInner + @")(?:" + Sep + @"(?<b>" + CnNumInner + @"))?\s*年"
        + @"(?<within>以内|之内|内|以下)?(?:(?:及|或)?以上)?",
        RegexOptions.CultureInvariant)]
    public static partial Regex GraduationWindow();
}
