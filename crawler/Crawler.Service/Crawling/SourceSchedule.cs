using Crawler.Configuration;
using Crawler.Storage;

namespace Crawler.Crawling;

/// <summary>When a source is due next: on its interval after a success, with growing delays after failures.</summary>
public static class SourceSchedule
{
    public static SourceState AfterRun(SourceState state, SourceDefinition source, RunStatus status, DateTimeOffset now, CrawlerOptions options)
    {
        if (status is RunStatus.Complete or RunStatus.Partial)
        {
            return state with { ConsecutiveFailures = 0, LastRunAt = now, LastRunStatus = status, NextDueAt = NextRegular(source, now) };
        }

        var failures = state.ConsecutiveFailures + 1;
        return state with
        {
            ConsecutiveFailures = failures,
            LastRunAt = now,
            LastRunStatus = status,
            Quarantined = state.Quarantined || failures >= options.QuarantineAfterFailures,
            NextDueAt = now + Backoff(failures, options),
        };
    }

    /// <summary>The next regular time: the cron's next occurrence when set, else now plus the interval.</summary>
    public static DateTimeOffset NextRegular(SourceDefinition source, DateTimeOffset now) =>
        source.Cron is { } cron ? CronSchedule.Next(cron, now) ?? now + source.Interval : now + source.Interval;

    /// <summary>FailureBackoff × 2^(failures−1), capped at MaxFailureBackoff.</summary>
    public static TimeSpan Backoff(int failures, CrawlerOptions options)
    {
        var factor = Math.Pow(2, Math.Clamp(failures - 1, 0, 30));
        var ticks = Math.Min(options.FailureBackoff.Ticks * factor, options.MaxFailureBackoff.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
