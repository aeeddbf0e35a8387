using System.Text.RegularExpressions;

namespace Crawler.Analysis;

/// <summary>
/// Reads the minimum years of experience a posting asks for, from Chinese and English text.
/// </summary>
/// <remarks>
/// Rules (the study's): the lower bound of a range (3-5年 → 3); 以上/+/"at least" → the figure;
/// 经验不限/"no experience required"/0 years → 0; new-graduate wording (应届, 2027届, 校招, new grad) → 0
/// but only when no figure is stated anywhere; where both languages state a figure the Chinese one wins;
/// within one language the first statement in the text wins (it is the headline requirement:
/// "3年以上经验，其中2年以上NLP经验" → 3). A skill-scoped figure counts ("3 years of Python",
/// "3年Java开发经验"): the study counted the requirement's stated years. A stated preference counts too
/// ("3年以上经验者优先"). An upper bound only ("3年以内", "less than 2 years") → 0, the lower bound of
/// [0, N]. Months convert to years (6个月 → 0.5) only with an experience word nearby, so an internship's
/// duration (实习6个月以上) is not read as experience. Figures above 30 are rejected as not years.
/// </remarks>
public static class ExperienceParser
{
    private const double MaxYears = 30;

    // "近3年" (in the last 3 years), "第三年" (the third year), "每年": a window or an ordinal, not experience.
    private static readonly string[] EnglishAnchors = ["year", "yr", "month", "experience"];

    private static readonly string[] ChineseWindowWords = ["第", "近", "过去", "最近", "每", "前", "后"];

    /// <summary>Parses several fields (title, description, requirement) as one text.</summary>
    public static ExperienceReading Parse(params string?[] parts) =>
        Parse(string.Join('\n', parts.Where(p => !string.IsNullOrWhiteSpace(p))));

    /// <summary>Parses one text; <see cref="ExperienceReading.NotStated"/> when nothing is stated.</summary>
    public static ExperienceReading Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ExperienceReading.NotStated;
        }

        var chinese = FirstChinese(text);
        if (chinese is not null)
        {
            return chinese;
        }

        var english = FirstEnglish(text);
        if (english is not null)
        {
            return english;
        }

        var graduate = ExperiencePatterns.ChineseNewGraduate().Match(text);
        if (graduate.Success)
        {
            return new ExperienceReading(0, ExperienceLanguage.Chinese, ExperienceBasis.NewGraduate, graduate.Value);
        }

        graduate = ExperiencePatterns.EnglishNewGraduate().Match(text);
        return graduate.Success
            ? new ExperienceReading(0, ExperienceLanguage.English, ExperienceBasis.NewGraduate, graduate.Value)
            : ExperienceReading.NotStated;
    }

    private static ExperienceReading? FirstChinese(string text)
    {
        // Every Chinese pattern needs 年, 个月 or 经验; a vectorised IndexOf skips the regexes otherwise.
        if (!text.Contains('年') && !text.Contains("个月", StringComparison.Ordinal) && !text.Contains("经验", StringComparison.Ordinal))
        {
            return null;
        }

        var candidates = new List<(int Index, ExperienceReading Reading)>();
        foreach (Match m in ExperiencePatterns.ChineseYears().Matches(text))
        {
            if (!StandsAlone(text, m.Index) || EndsWithAny(text, m.Index, ChineseWindowWords))
            {
                continue;
            }

            var months = m.Groups["unit"].Value == "个月";
            var hasContext = m.Groups["ctx"].Success;
            var qualified = m.Groups["above"].Success || m.Groups["plus"].Success || m.Groups["b"].Success;
            if (months ? hasContext : hasContext || qualified)
            {
                var years = Bound(m) + (m.Groups["half"].Success ? 0.5 : 0);
                Add(candidates, m, months ? years / 12 : years, ExperienceLanguage.Chinese, ExperienceBasis.StatedYears);
            }
        }

        foreach (Match m in ExperiencePatterns.ChineseLabelledYears().Matches(text))
        {
            Add(candidates, m, Bound(m), ExperienceLanguage.Chinese, ExperienceBasis.StatedYears);
        }

        foreach (Match m in ExperiencePatterns.ChineseQualifiedYears().Matches(text))
        {
            Add(candidates, m, Bound(m), ExperienceLanguage.Chinese, ExperienceBasis.StatedYears);
        }

        foreach (Match m in ExperiencePatterns.ChineseUpTo().Matches(text))
        {
            Add(candidates, m, 0, ExperienceLanguage.Chinese, ExperienceBasis.StatedYears);
        }

        foreach (Match m in ExperiencePatterns.ChineseNoneRequired().Matches(text))
        {
            Add(candidates, m, 0, ExperienceLanguage.Chinese, ExperienceBasis.NoneRequired);
        }

        return Earliest(candidates);
    }

    private static ExperienceReading? FirstEnglish(string text)
    {
        // Every English pattern needs "year", "yr", "month" or "experience".
        if (!EnglishAnchors.Any(a => text.Contains(a, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var candidates = new List<(int Index, ExperienceReading Reading)>();
        foreach (Match m in ExperiencePatterns.EnglishYears().Matches(text))
        {
            var before = text[Math.Max(0, m.Index - 24)..m.Index];
            if (!StandsAlone(text, m.Index) || ExperiencePatterns.EnglishWindowBefore().IsMatch(before))
            {
                continue;
            }

            var minimum = ExperiencePatterns.EnglishMinimumBefore().IsMatch(before);
            var upTo = !minimum && ExperiencePatterns.EnglishUpToBefore().IsMatch(before);
            var qualified = minimum || m.Groups["plus"].Success;
            if (upTo ? m.Groups["ctx"].Success : m.Groups["ctx"].Success || qualified)
            {
                Add(candidates, m, upTo ? 0 : Bound(m), ExperienceLanguage.English, ExperienceBasis.StatedYears);
            }
        }

        foreach (Match m in ExperiencePatterns.EnglishMonths().Matches(text))
        {
            if (!StandsAlone(text, m.Index))
            {
                continue;
            }

            Add(candidates, m, Bound(m) / 12, ExperienceLanguage.English, ExperienceBasis.StatedYears);
        }

        foreach (Match m in ExperiencePatterns.EnglishLabelledYears().Matches(text))
        {
            Add(candidates, m, Bound(m), ExperienceLanguage.English, ExperienceBasis.StatedYears);
        }

        foreach (Match m in ExperiencePatterns.EnglishNoneRequired().Matches(text))
        {
            Add(candidates, m, 0, ExperienceLanguage.English, ExperienceBasis.NoneRequired);
        }

        return Earliest(candidates);
    }

    /// <summary>A figure must not continue a longer token: "26" in "2026", "3" in "H3", "5" in "1.5".</summary>
    private static bool StandsAlone(string text, int index) =>
        index == 0 || !(char.IsAsciiLetterOrDigit(text[index - 1]) || text[index - 1] == '.');

    private static bool EndsWithAny(string text, int index, string[] words) =>
        words.Any(w => index >= w.Length && string.CompareOrdinal(text, index - w.Length, w, 0, w.Length) == 0);

    private static double? Bound(Match m) => NumberWords.Parse(m.Groups["a"].Value);

    private static void Add(
        List<(int Index, ExperienceReading Reading)> candidates,
        Match m,
        double? years,
        ExperienceLanguage language,
        ExperienceBasis basis)
    {
        if (years is null || years < 0 || years > MaxYears)
        {
            return;
        }

        candidates.Add((m.Index, new ExperienceReading(years.Value, language, basis, m.Value.Trim())));
    }

    private static ExperienceReading? Earliest(List<(int Index, ExperienceReading Reading)> candidates) =>
        candidates.Count == 0 ? null : candidates.MinBy(c => c.Index).Reading;
}
