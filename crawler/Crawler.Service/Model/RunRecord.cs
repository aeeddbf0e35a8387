
namespace Crawler.Model;

/// <summary>One crawl of one source: timing, outcome, counts and the evidence of completeness.</summary>
public sealed record RunRecord
{
    public required string Id { get; init; }
    public required string SourceId { get; init; }
    public required string WorkerId { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    public RunStatus Status { get; init; }
    public int Pages { get; init; }
    public int Seen { get; init; }
    public int New { get; init; }
    public int Changed { get; init; }
    public int Gone { get; init; }
    public int Snapshots { get; init; }
    /// <summary>The run would have removed too much: disappearances were withheld for ops to look at.</summary>
    public bool Suspect { get; init; }
    public IReadOnlyList<string> Errors { get; init; } = [];
    public CompletenessEvidence? Evidence { get; init; }
}
