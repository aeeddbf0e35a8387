using System.Globalization;

namespace Crawler.Lab.Generation;

/// <summary>The many ways the portals phrase required experience, each with its true lower bound.</summary>
internal static class ExperiencePhrases
{
    private static readonly string[] ChineseNumerals = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"];
    private static readonly string[] EnglishNumerals = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    private static readonly int[] YearWeights = [0, 17, 11, 22, 8, 14, 3, 2, 3, 1, 2];

    public static int Years(Random random) => random.Weighted(YearWeights);

    /// <summary>Chinese forms: <c>{years}</c>, <c>{upper}</c> (a bound 1–3 above), <c>{field}</c>, <c>{numeral}</c> (years in words).</summary>
    private static readonly string[] ChineseForms =
    [
        "{years}年以上{field}相关经验",
        "{numeral}年及以上工作经验",
        "{years}-{upper}年{field}经验",
        "{years}~{upper}年工作经验",
        "{years}年及以上工作经验",
        "至少{years}年{field}开发经验",
        "具有{years}年以上相关工作经验",
        "工作经验{years}年以上",
    ];

    private static readonly string[] EnglishForms =
    [
        "At least {years} years of experience in {field}",
        "{years}+ years of experience",
        "{years} to {upper} years of experience",
        "{years}-{upper} years of industry experience",
        "Minimum of {years} years of relevant experience",
        "{numeral} or more years of experience in {field}",
    ];

    public static string Chinese(Random random, int years, string field) => Phrase(random, ChineseForms, ChineseNumerals, years, field);

    public static string English(Random random, int years, string field) => Phrase(random, EnglishForms, EnglishNumerals, years, field);

    public static string ChineseUnlimited(Random random) => random.Chance(0.5) ? "经验不限，优秀应届生亦可" : "工作经验不限";

    public static string EnglishUnlimited(Random random) => random.Chance(0.5) ? "No experience required" : "No prior industry experience required";

    /// <summary>Campus and intern eligibility, stated as graduation year or study status, never as years of work.</summary>
    public static string CampusZh(Random random, bool intern) => intern
        ? random.Pick(["2027届及以后毕业的在校生，每周至少实习4天，连续实习3个月以上", "本科及以上学历在读，可实习6个月以上者优先"])
        : random.Pick(["2027届应届毕业生，本科及以上学历", "2026年9月至2027年8月期间毕业的应届生", "2027届硕士、博士应届毕业生"]);

    public static string CampusEn(Random random, bool intern) => intern
        ? random.Pick(["Currently enrolled students graduating in 2027 or later, available 4 days a week for 3+ months", "Bachelor's or above, currently enrolled"])
        : random.Pick(["Class of 2027 graduates with a bachelor's degree or above", "Graduating between September 2026 and August 2027"]);

    private static string Phrase(Random random, string[] forms, string[] numerals, int years, string field)
    {
        var upper = years + random.Next(1, 4);
        var form = forms[random.Next(forms.Length)];
        return form
            .Replace("{years}", years.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{upper}", upper.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{field}", field, StringComparison.Ordinal)
            .Replace("{numeral}", form.Contains("{numeral}", StringComparison.Ordinal) ? numerals[years] : "", StringComparison.Ordinal);
    }
}
