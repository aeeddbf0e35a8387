using System.Text.RegularExpressions;

namespace Crawler.Analysis;

/// <summary>
/// The regular expressions behind <see cref="ExperienceParser"/>. Every figure needs an experience
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
    private const string NotDate = @"(?!后|前|内|以内|以下|级|龄|薪|度|份|底|初|末|月|间|代|纪|[0-9])";

    /// <summary>"3年以上", "3-5年工作经验", "三年及以上", "3+年", "1年半以上", "6个月以上相关经验".</summary>
    [GeneratedRegex(
        @"(?<a>" + CnNum + @")(?:" + Sep + @"(?<b>" + CnNumInner + @"))?\s*(?<plus>\+)?\s*"
        + @"(?<unit>年|个月)(?<half>半)?" + NotDate + @"(?:\(含\)|（含）)?"
        + @"(?<above>(?:及|或|或者)?以上|\+)?(?<ctx>(?=" + CnContext + "))?",
        RegexOptions.CultureInvariant)]
    public static partial Regex ChineseYears();

    /// <summary>"工作经验：3-5年", "经验要求 3年以上", "工作年限5年".</summary>
    [GeneratedRegex(
        @"(?:经验|年限|工龄)(?:要求)?\s*[：:]?\s*(?:要求|需|需要|在)?\s*(?<a>" + CnNumInner + @")(?:" + Sep + @"(?<b>" + CnNumInner + @"))?\s*\+?\s*年",
        RegexOptions.CultureInvariant)]
    public static partial Regex ChineseLabelledYears();

    /// <summary>"不少于3年", "至少两年", "满1年".</summary>
    [GeneratedRegex(
        @"(?:不少于|不低于|至少|最少|起码|超过|大于|满|≥|>=)\s*(?<a>" + CnNumInner + @")\s*年" + NotDate,
        RegexOptions.CultureInvariant)]
    public static partial Regex ChineseQualifiedYears();

    /// <summary>"3年以内经验", "毕业3年内": the lower bound of [0, N] is 0.</summary>
    [GeneratedRegex(
        @"(?:毕业\s*" + CnNumInner + @"\s*年(?:以内|内)|" + CnNumInner + @"\s*年(?:以内|以下|内)(?=" + CnContext + @"))",
        RegexOptions.CultureInvariant)]
    public static partial Regex ChineseUpTo();

    /// <summary>"经验不限", "不限工作经验", "工作经验：无", "无需经验", "接受无经验".</summary>
    [GeneratedRegex(
        @"(?:工作|相关)?经验(?:要求)?\s*[：:]?\s*不限|不限(?:工作|相关)?经验|(?:经验|年限)(?:要求)?\s*[：:]\s*(?:无|不限|0\s*年)"
        + @"|无(?:需|须)(?:相关|工作)?经验|(?:接受|欢迎)(?:零|无)(?:相关|工作)?经验|无(?:相关|工作)?经验(?:者)?(?:亦可|也可|可|要求)|零经验|年限不限",
        RegexOptions.CultureInvariant)]
    public static partial Regex ChineseNoneRequired();

    /// <summary>"应届", "2027届", "校招", "校园招聘", "毕业生", "在校生".</summary>
    [GeneratedRegex(@"应届|\d{2,4}\s*届|校招|校园招聘|毕业生|在校生", RegexOptions.CultureInvariant)]
    public static partial Regex ChineseNewGraduate();

    private const string EnNum = @"(?:(?<![\w.])\d{1,2}(?:\.5)?(?![\w.%])|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\b)";
    // Leading form (the parser checks the character before): no look-behind at the start of a pattern.
    private const string EnNumLead = @"(?:\d{1,2}(?:\.5)?(?![\w.%])|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\b)";
    private const string EnSep = @"\s*(?:-|–|—|~|to)\s*";

    /// <summary>"3+ years of experience", "at least 5 years", "3-5 years' experience", "3 years of Python".</summary>
    [GeneratedRegex(
        @"(?<a>" + EnNumLead + @")(?:" + EnSep + @"(?<b>" + EnNum + @"))?\s*(?<plus>\+|\s+or\s+more\b)?\s*-?\s*(?:years?|yrs?)\b"
        + @"(?!\s+(?:old|ago|later)\b)(?<ctx>(?=(?:'|’)?s?\s*(?:of\b|in\b|experience|exp\b|relevant|professional|industry|working|work\b|hands-on|post|full-time|related|combined)))?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex EnglishYears();

    /// <summary>"6 months of experience", "6+ months of relevant experience".</summary>
    [GeneratedRegex(
        @"(?<a>" + EnNumLead + @")\s*\+?\s*months?\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?experience\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex EnglishMonths();

    /// <summary>"Experience: 3-5 years", "experience of 3 years", "Years of experience: 5+".</summary>
    [GeneratedRegex(
        @"\bexperience\s*(?:required|requirement)?\s*(?:[:：]|of)\s*(?<a>" + EnNum + @")(?:" + EnSep + @"(?<b>" + EnNum + @"))?\s*\+?\s*(?:years?|yrs?)\b"
        + @"|\byears\s+of\s+experience\s*[:：]\s*(?<a>" + EnNum + @")",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex EnglishLabelledYears();

    /// <summary>"no experience required", "no prior experience necessary", "experience not required", "0 years".</summary>
    [GeneratedRegex(
        @"\bno\s+(?:(?:prior|previous|professional|work|industry|relevant)\s+){0,3}experience\s+(?:is\s+)?(?:required|necessary|needed)\b"
        + @"|\bexperience\s+(?:is\s+)?not\s+(?:required|necessary|needed)\b|\bno\s+experience\s+requirement\b"
        + @"|\b(?:0|zero)\s*\+?\s*(?:years?|yrs?)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex EnglishNoneRequired();

    /// <summary>"fresh graduate", "new grad", "recent graduates", "campus hire", "class of 2027", "2027 graduates".</summary>
    [GeneratedRegex(
        @"\b(?:fresh|new|recent)\s+grad(?:uate)?s?\b|\bcampus\s+(?:hire|hiring|recruit\w*)\b|\bclass\s+of\s+20\d\d\b|\b20\d\d\s+(?:new\s+)?grad(?:uate)?s?\b|\bgraduating\s+students?\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex EnglishNewGraduate();

    /// <summary>A qualifier just before an English figure that makes it a minimum ("at least 3 years").</summary>
    [GeneratedRegex(
        @"\b(?:at\s+least|a\s+minimum\s+of|minimum\s+of|minimum|min\.?|no\s+less\s+than|not\s+less\s+than|more\s+than|over)\s*$|(?:>=|≥)\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex EnglishMinimumBefore();

    /// <summary>A qualifier just before an English figure that makes it an upper bound ("less than 2 years").</summary>
    [GeneratedRegex(@"\b(?:less\s+than|fewer\s+than|up\s+to|no\s+more\s+than|under)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex EnglishUpToBefore();

    /// <summary>Words just before an English figure that make it a window, not a requirement ("within 2 years").</summary>
    [GeneratedRegex(@"\b(?:within|past|last|next|every|first|for\s+the)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex EnglishWindowBefore();
}
