namespace Crawler.Probing;

/// <summary>
/// What <c>crawler probe URL</c> found: the platform (a built-in family or <c>declarative</c>), the proposed
/// source's settings (null when no list call was found), and the diagnosis, line by line.
/// </summary>
public sealed record ProbeReport
{
    public required Uri EntryUrl { get; init; }

    /// <summary><c>atsx</c>, <c>moka</c>, <c>alibaba</c> or <c>declarative</c>.</summary>
    public required string Platform { get; init; }

    /// <summary>The proposed declarative settings (empty for a built-in family); null when nothing could be proposed.</summary>
    public IReadOnlyDictionary<string, string>? Settings { get; init; }

    public required IReadOnlyList<ProbeFinding> Findings { get; init; }

    /// <summary>True when a source can be written (a family, or a list call with id and title).</summary>
    public bool HasProposal => Settings is not null;
}
