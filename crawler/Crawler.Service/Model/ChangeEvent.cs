namespace Crawler.Model;

/// <summary>
/// A change of one posting. <see cref="Id"/> is deterministic (posting key, the posting's event count and
/// kind), so re-processing a run never creates a second copy.
/// </summary>
public sealed record ChangeEvent
{
    public required string Id { get; init; }
    public required ChangeKind Kind { get; init; }
    public required string PostingKey { get; init; }
    public required string SourceId { get; init; }
    public required string Company { get; init; }
    public required string Title { get; init; }
    public IReadOnlyList<string> Cities { get; init; } = [];
    public string? Url { get; init; }
    public required string RunId { get; init; }
    /// <summary>Names of the business fields that changed (for <see cref="ChangeKind.Changed"/>).</summary>
    public IReadOnlyList<string> ChangedFields { get; init; } = [];
    /// <summary>Old and new value of each changed field, with a line diff for long text; empty for other kinds.</summary>
    public IReadOnlyList<FieldChange> Changes { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Store-assigned position in the event log (monotonic); 0 before it is stored.</summary>
    public long Sequence { get; init; }
}
