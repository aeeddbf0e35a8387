namespace Crawler.Model;

/// <summary>A source's scheduling and health state, shared by every worker through the store.</summary>
public sealed record SourceState
{
    public required string SourceId { get; init; }
    public string? LeaseHolder { get; init; }
    public DateTimeOffset? LeasedUntil { get; init; }
    public int ConsecutiveFailures { get; init; }
    public bool Quarantined { get; init; }
    public DateTimeOffset? NextDueAt { get; init; }
    public DateTimeOffset? LastRunAt { get; init; }
    public RunStatus? LastRunStatus { get; init; }
}
