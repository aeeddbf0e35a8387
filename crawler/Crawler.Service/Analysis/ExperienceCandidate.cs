namespace Crawler.Analysis;

/// <summary>One figure the parser found in a text: where it stands, its years and what kind of statement it is.</summary>
internal readonly record struct ExperienceCandidate(int Index, int Length, double Years, ExperienceLanguage Language, ExperienceBasis Basis)
{
    public int End => Index + Length;

    public bool Overlaps(int start, int end) => Index < end && start < End;
}
