using System.Text.RegularExpressions;

namespace Crawler.Analysis;

/// <summary>
/// Finds every statement of years in a text (already folded to half-width digits), without yet deciding
/// which one is the requirement: that is <see cref="ExperienceSelection"/>'s job.
/// </summary>
internal static class ExperienceCandidates
{
    private const double MaxYears = 30;

    private static readonly string[] EnglishAnchors = ["year", "yr", "month", "experience"];

    // "近3年" (in the last 3 years), "第三年" (the third year), "每年": a window or an ordinal, not experience.
    private static readonly string[] ChineseWindowWords = ["第", "近", "过去", "最近", "每", "前", "后"];

    public static void AddChinese(string text, List<ExperienceCandidate> found)
    {
        // Every Chinese pattern needs 年, 个月, 经验 or an English unit; a vectorised IndexOf skips the regexes otherwise.
        var hasUnit = text.Contains('年') || text.Contains("个月", StringComparison.Ordinal) || text.Contains("经验", StringComparison.Ordinal);
        var hasEnglishUnit = text.Contains("year", StringComparison.OrdinalIgnoreCase) || text.Contains("yr", StringComparison.OrdinalIgnoreCase);
        if (hasEnglishUnit)
        {
            AddMixed(text, found);
        }

        if (!hasUnit)
        {
            return;
        }

        foreach (Match m in ExperiencePatterns.Instance.ChineseYears.Matches(text))
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
                Add(found, m, months ? years / 12 : years, ExperienceLanguage.Chinese, ExperienceBasis.StatedYears);
            }
        }

        AddAll(found, ExperiencePatterns.Instance.ChineseLabelledYears, text, null, ExperienceLanguage.Chinese, ExperienceBasis.StatedYears);
        AddAll(found, ExperiencePatterns.Instance.ChineseQualifiedYears, text, null, ExperienceLanguage.Chinese, ExperienceBasis.StatedYears);
        AddAll(found, ExperiencePatterns.Instance.ChineseUpTo, text, 0, ExperienceLanguage.Chinese, ExperienceBasis.StatedYears);
        AddAll(found, ExperiencePatterns.Instance.ChineseNoneRequired, text, 0, ExperienceLanguage.Chinese, ExperienceBasis.NoneRequired);
    }

    /// <summary>An English unit in Chinese phrasing ("5+ years后端开发经验") is a Chinese statement.</summary>
    private static void AddMixed(string text, List<ExperienceCandidate> found)
    {
        foreach (Match m in ExperiencePatterns.Instance.MixedYears.Matches(text))
        {
            var qualified = m.Groups["above"].Success || m.Groups["plus"].Success || m.Groups["b"].Success || m.Groups["ctx"].Success;
            if (StandsAlone(text, m.Index) && qualified && InChinesePhrasing(text, m))
            {
                Add(found, m, Bound(m), ExperienceLanguage.Chinese, ExperienceBasis.StatedYears);
            }
        }
    }

    public static void AddEnglish(string text, List<ExperienceCandidate> found)
    {
        // Every English pattern needs "year", "yr", "month" or "experience".
        if (!EnglishAnchors.Any(a => text.Contains(a, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        foreach (Match m in EnglishExperiencePatterns.Instance.EnglishYears.Matches(text))
        {
            var before = text[Math.Max(0, m.Index - 24)..m.Index];
            if (!StandsAlone(text, m.Index) || EnglishExperiencePatterns.Instance.EnglishWindowBefore.IsMatch(before))
            {
                continue;
            }

            var minimum = EnglishExperiencePatterns.Instance.EnglishMinimumBefore.IsMatch(before);
            var upTo = !minimum && EnglishExperiencePatterns.Instance.EnglishUpToBefore.IsMatch(before);
            var qualified = minimum || m.Groups["plus"].Success;
            if (upTo ? m.Groups["ctx"].Success : m.Groups["ctx"].Success || qualified)
            {
                Add(found, m, upTo ? 0 : Bound(m), ExperienceLanguage.English, ExperienceBasis.StatedYears);
            }
        }

        foreach (Match m in EnglishExperiencePatterns.Instance.EnglishMonths.Matches(text))
        {
            if (StandsAlone(text, m.Index))
            {
                Add(found, m, Bound(m) / 12, ExperienceLanguage.English, ExperienceBasis.StatedYears);
            }
        }

        AddAll(found, EnglishExperiencePatterns.Instance.EnglishLabelledYears, text, null, ExperienceLanguage.English, ExperienceBasis.StatedYears);
        AddAll(found, EnglishExperiencePatterns.Instance.EnglishLabelledNone, text, 0, ExperienceLanguage.English, ExperienceBasis.NoneRequired);
        AddAll(found, EnglishExperiencePatterns.Instance.EnglishNoneRequired, text, 0, ExperienceLanguage.English, ExperienceBasis.NoneRequired);
    }

    /// <summary>
    /// Windows since graduation (毕业5年以内, 毕业不超过3年, 毕业3-5年): never an experience figure beside one;
    /// alone, an upper bound reads 0 (new-graduate-like) and a lower bound its figure.
    /// </summary>
    public static void AddGraduation(string text, List<ExperienceCandidate> found)
    {
        if (!text.Contains("毕业", StringComparison.Ordinal))
        {
            return;
        }

        foreach (Match m in ExperiencePatterns.Instance.GraduationWindow.Matches(text))
        {
            var upperBound = m.Groups["upto"].Success || m.Groups["within"].Success;
            var years = upperBound ? 0 : Bound(m);
            Add(found, m, years, ExperienceLanguage.Chinese, upperBound ? ExperienceBasis.NewGraduate : ExperienceBasis.StatedYears);
        }
    }

    private static void AddAll(List<ExperienceCandidate> found, Regex pattern, string text, double? fixedYears, ExperienceLanguage language, ExperienceBasis basis)
    {
        foreach (Match m in pattern.Matches(text))
        {
            Add(found, m, fixedYears ?? Bound(m), language, basis);
        }
    }

    /// <summary>An English unit inside Chinese phrasing: a Chinese character right before the figure or after the unit.</summary>
    private static bool InChinesePhrasing(string text, Match m)
    {
        if (m.Groups["above"].Success && m.Groups["above"].Value.Contains('上'))
        {
            return true;
        }

        var before = m.Index - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before]))
        {
            before--;
        }

        var after = m.Index + m.Length;
        while (after < text.Length && (char.IsWhiteSpace(text[after]) || text[after] == '+'))
        {
            after++;
        }

        return (before >= 0 && IsIdeograph(text[before])) || (after < text.Length && IsIdeograph(text[after]));
    }

    private static bool IsIdeograph(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>A figure must not continue a longer token: "26" in "2026", "3" in "H3", "5" in "1.5".</summary>
    private static bool StandsAlone(string text, int index) =>
        index == 0 || !(char.IsAsciiLetterOrDigit(text[index - 1]) || text[index - 1] == '.');

    private static bool EndsWithAny(string text, int index, string[] words) =>
        words.Any(w => index >= w.Length && string.CompareOrdinal(text, index - w.Length, w, 0, w.Length) == 0);

    private static double? Bound(Match m) => NumberWords.Parse(m.Groups["a"].Value);

    private static void Add(List<ExperienceCandidate> found, Match m, double? years, ExperienceLanguage language, ExperienceBasis basis)
    {
        if (years is null || years < 0 || years > MaxYears)
        {
            return;
        }

        // Trim the match to its visible phrase so the explanation quotes the text as written.
        var lead = m.Value.Length - m.Value.TrimStart().Length;
        var length = m.Value.Trim().Length;
        found.Add(new ExperienceCandidate(m.Index + lead, length, years.Value, language, basis));
    }
}
