namespace Crawler.Snapshots;

/// <summary>What one run's detail rendering produced, and why it stopped early when it did.</summary>
/// <param name="Results">One result per posting handed in, rendered, failed or not tried.</param>
/// <param name="StoppedReason">Why rendering stopped before the end (the failure budget); null when every posting was tried.</param>
public sealed record DetailRenderReport(IReadOnlyList<DetailRenderResult> Results, string? StoppedReason);
