namespace Crawler.Model;

/// <summary>
/// Why a run may (or may not) be trusted for disappearances: a run is complete when every page was fetched
/// without an unrecovered error, the portal's total was stable, the unique ids equal that total and no
/// result cap was left unresolved.
/// </summary>
public sealed record CompletenessEvidence
{
    /// <summary>The total the portal reported (summed over partitions when it had to be partitioned).</summary>
    public int? ReportedTotal { get; init; }
    /// <summary>Whether every page reported the same total.</summary>
    public bool TotalStable { get; init; } = true;
    /// <summary>Distinct portal ids collected.</summary>
    public int UniqueIds { get; init; }
    public int PagesFetched { get; init; }
    /// <summary>Pages that failed after every retry.</summary>
    public int PagesFailed { get; init; }
    /// <summary>A result window or cap (10,000 ATSX, 500 Alibaba) that partitioning could not get under.</summary>
    public bool CapHit { get; init; }
    /// <summary>Partitions (category, region, batch shards) crawled; 0 when the source fitted one listing.</summary>
    public int Partitions { get; init; }
    /// <summary>Human-readable remarks for ops (which cap, which partition fell short).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>True when the run may be used to infer disappearances.</summary>
    public bool IsComplete =>
        PagesFailed == 0 && TotalStable && !CapHit && ReportedTotal is { } total && total == UniqueIds;
}
