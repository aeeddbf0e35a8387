using Crawler.Model;

namespace Crawler.Changes;

/// <summary>What one run changes: the postings to write and the events to emit.</summary>
public sealed record ChangeSet
{
    public required IReadOnlyList<StoredPosting> Postings { get; init; }
    public required IReadOnlyList<ChangeEvent> Events { get; init; }
    /// <summary>The run would have removed too much (or saw far fewer than usual): no disappearances were emitted.</summary>
    public bool Suspect { get; init; }
    public string? SuspectReason { get; init; }
    public int New { get; init; }
    public int Changed { get; init; }
    public int Gone { get; init; }
    public int Reappeared { get; init; }
}
