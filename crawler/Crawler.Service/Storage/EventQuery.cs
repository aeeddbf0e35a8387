using Crawler.Model;

namespace Crawler.Storage;

/// <summary>Filter for reading the event log, oldest first.</summary>
public sealed record EventQuery
{
    public IReadOnlyCollection<ChangeKind>? Kinds { get; init; }
    public string? SourceId { get; init; }
    public string? RunId { get; init; }
    /// <summary>Only events with a sequence greater than this (resumable position).</summary>
    public long AfterSequence { get; init; }
    public int Limit { get; init; } = 1000;
}
