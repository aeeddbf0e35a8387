using Crawler.Model;

namespace Crawler.Crawling;

/// <summary>
/// A crawl asked for while the source was running (<c>sources crawl-now</c> or <c>sources release</c> set its due
/// time to "now" during the run) is queued, not lost: the schedule stage would otherwise replace that due time
/// with the next regular one when the run ends. A worker claims a source only when it is due, so a due time after
/// the run's start can only be such a request (or a regular time that passed while a one-shot crawl ran): either
/// way the source is due again at once.
/// </summary>
public static class QueuedCrawl
{
    /// <summary>Whether the state read at the end of a run holds a due time that fell inside it.</summary>
    public static bool RequestedDuring(SourceState atEnd, DateTimeOffset runStartedAt, DateTimeOffset now) =>
        atEnd.NextDueAt is { } due && due > runStartedAt && due <= now;

    /// <summary>The schedule after the run, made due now when a crawl was asked for during it (quarantine still wins).</summary>
    public static SourceState Apply(SourceState atEnd, SourceState scheduled, DateTimeOffset? runStartedAt, DateTimeOffset now) =>
        runStartedAt is { } started && RequestedDuring(atEnd, started, now) && !scheduled.Quarantined
            ? scheduled with { NextDueAt = now }
            : scheduled;
}
