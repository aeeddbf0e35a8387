namespace Crawler.Analysis;

/// <summary>
/// Reads the minimum years of experience a posting asks for, from Chinese and English text.
/// </summary>
/// <remarks>
/// The rules, in the order they apply, with examples: Analysis/README.md. In short: full-width digits
/// count as digits; every statement of years is found (Chinese, English, English units inside Chinese
/// phrasing, label-first lines, "none required"); windows since graduation, the employer's own history
/// and preferences beside a requirement are set aside; the Chinese statement wins over the English one;
/// the first statement wins, except that alternatives by degree or level give the smallest; a graduation
/// window alone, then new-graduate wording alone, give 0.
/// </remarks>
public static class ExperienceParser
{
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

        // Folding is one character for one, so positions in the folded text quote the original.
        var folded = NumberWords.FoldWidth(text);
        var graduation = new List<ExperienceCandidate>();
        ExperienceCandidates.AddGraduation(folded, graduation);

        var candidates = new List<ExperienceCandidate>();
        ExperienceCandidates.AddChinese(folded, candidates);
        ExperienceCandidates.AddEnglish(folded, candidates);
        candidates.RemoveAll(c => graduation.Any(g => g.Overlaps(c.Index, c.End)));

        var chosen = ExperienceSelection.Choose(folded, candidates) ?? ExperienceSelection.Choose(folded, graduation);
        if (chosen is { } c)
        {
            return new ExperienceReading(c.Years, c.Language, c.Basis, text.Substring(c.Index, c.Length));
        }

        var graduate = ExperiencePatterns.Instance.ChineseNewGraduate.Match(folded);
        if (graduate.Success)
        {
            return new ExperienceReading(0, ExperienceLanguage.Chinese, ExperienceBasis.NewGraduate, graduate.Value);
        }

        graduate = EnglishExperiencePatterns.Instance.EnglishNewGraduate.Match(folded);
        return graduate.Success
            ? new ExperienceReading(0, ExperienceLanguage.English, ExperienceBasis.NewGraduate, graduate.Value)
            : ExperienceReading.NotStated;
    }
}
