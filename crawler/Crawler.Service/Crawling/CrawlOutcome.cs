using Crawler.Model;

namespace Crawler.Crawling;

/// <summary>What one crawl did: its run record and the events it emitted.</summary>
public sealed record CrawlOutcome(RunRecord Run, IReadOnlyList<ChangeEvent> Events, TimeSpan Duration)
{
    /// <summary>The run was skipped because another worker holds the source.</summary>
    public static CrawlOutcome Skipped(string sourceId, string workerId) =>
        new(new RunRecord { Id = "", SourceId = sourceId, WorkerId = workerId, Status = RunStatus.Failed, Errors = ["source is leased by another worker"] }, [], TimeSpan.Zero);
}
