namespace Crawler.Analysis.Reporting;

/// <summary>One firm's postings in one research area; <see cref="Present"/> is the study's ✓.</summary>
public sealed record AreaCell(string Firm, int Count, bool Present)
{
    /// <summary>Up to <see cref="ReportOptions.ExamplesPerCell"/> postings behind a ✓, newest first; empty without one.</summary>
    public IReadOnlyList<AreaExample> Examples { get; init; } = [];

    public bool Equals(AreaCell? other) =>
        other is not null && Firm == other.Firm && Count == other.Count && Present == other.Present && Examples.SequenceEqual(other.Examples);

    public override int GetHashCode() => HashCode.Combine(Firm, Count, Present, Examples.Count);
}
