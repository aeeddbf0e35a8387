namespace Crawler.Analysis;

/// <summary>
/// Decides which of the figures a text states is its requirement (rules in order, see Analysis/README.md):
/// the employer's history is dropped; preferences count only when nothing is required; the Chinese
/// statement wins over the English one; within a language the first statement wins, except that
/// alternatives by degree or level ("本科5年以上/硕士3年以上") give the smallest of them.
/// </summary>
internal static class ExperienceSelection
{
    private const int AlternativeReach = 40;

    private static readonly ClauseWords Words = ClauseWords.Instance;

    public static ExperienceCandidate? Choose(string text, List<ExperienceCandidate> candidates)
    {
        var kept = candidates.Where(c => !IsEmployerHistory(text, c)).ToList();
        var required = kept.Where(c => !IsPreferred(text, c)).ToList();
        var pool = required.Count > 0 ? required : kept;
        if (pool.Count == 0)
        {
            return null;
        }

        var language = pool.Any(c => c.Language == ExperienceLanguage.Chinese) ? ExperienceLanguage.Chinese : ExperienceLanguage.English;
        var ordered = pool.Where(c => c.Language == language).OrderBy(c => c.Index).ThenByDescending(c => c.Length).ToList();
        return SmallestAlternative(text, ordered);
    }

    /// <summary>The first statement, or the smallest of the alternatives it opens ("本科需5年以上、硕士需3年以上" → 3).</summary>
    private static ExperienceCandidate SmallestAlternative(string text, List<ExperienceCandidate> ordered)
    {
        var lead = ordered[0];
        if (!NamesDegreeOrLevel(text, ClauseStart(text, lead.Index), lead.Index) && !NamedAfter(text, ordered, 0))
        {
            return lead;
        }

        var best = lead;
        var previous = lead;
        for (var i = 1; i < ordered.Count; i++)
        {
            var next = ordered[i];
            if (next.Index < previous.End)
            {
                continue;
            }

            var between = text[previous.End..next.Index];
            var named = NamesDegreeOrLevel(text, Math.Max(previous.End, ClauseStart(text, next.Index)), next.Index) || NamedAfter(text, ordered, i);
            if (between.Length > AlternativeReach || Words.Subset.IsMatch(between) || !named)
            {
                break;
            }

            best = next.Years < best.Years ? next : best;
            previous = next;
        }

        return best;
    }

    /// <summary>The degree named right after the figure, in its clause: "5+ years with an MS".</summary>
    private static bool NamedAfter(string text, List<ExperienceCandidate> ordered, int i)
    {
        var from = ordered[i].End;
        var to = Math.Min(ClauseEnd(text, from), from + 24);
        var following = ordered.Skip(i + 1).FirstOrDefault(c => c.Index >= from);
        if (following.Length > 0)
        {
            to = Math.Min(to, following.Index);
        }

        return NamesDegreeOrLevel(text, from, to);
    }

    private static bool NamesDegreeOrLevel(string text, int from, int to) =>
        to > from && Words.DegreeOrLevel.IsMatch(text[Math.Max(from, to - 24)..to]);

    private static bool IsPreferred(string text, ExperienceCandidate c) =>
        Words.Preferred.IsMatch(Clause(text, c));

    /// <summary>"我们团队在推荐方向已有8年以上积累", "Our team has been building … for 10+ years": not a requirement.</summary>
    private static bool IsEmployerHistory(string text, ExperienceCandidate c)
    {
        var clause = Clause(text, c);
        if (Words.AddressesCandidate.IsMatch(clause))
        {
            return false;
        }

        // Chinese names its subject before the figure in the same clause (so "拥有8年以上团队管理经验" stays a
        // requirement); English often in another clause of the sentence ("For 20 years, our company has led …").
        var subject = c.Language == ExperienceLanguage.Chinese ? text[ClauseStart(text, c.Index)..c.Index] : Sentence(text, c);
        var scope = c.Language == ExperienceLanguage.Chinese ? clause : subject;
        return Words.Employer.IsMatch(subject) && Words.History.IsMatch(scope);
    }

    private static string Clause(string text, ExperienceCandidate c) =>
        text[ClauseStart(text, c.Index)..ClauseEnd(text, c.End)];

    private static string Sentence(string text, ExperienceCandidate c)
    {
        var start = c.Index;
        while (start > 0 && !EndsSentence(text, start - 1))
        {
            start--;
        }

        var end = c.End;
        while (end < text.Length && !EndsSentence(text, end))
        {
            end++;
        }

        return text[start..end];
    }

    private static int ClauseStart(string text, int index)
    {
        while (index > 0 && !EndsClause(text, index - 1))
        {
            index--;
        }

        return index;
    }

    private static int ClauseEnd(string text, int index)
    {
        while (index < text.Length && !EndsClause(text, index))
        {
            index++;
        }

        return index;
    }

    private static bool EndsClause(string text, int i) => text[i] is '，' or ',' || EndsSentence(text, i);

    private static bool EndsSentence(string text, int i) =>
        text[i] is '。' or '；' or ';' or '！' or '!' or '？' or '?' or '\n'
        || (text[i] == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
}
