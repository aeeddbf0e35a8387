using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Crawler.Model;

namespace Crawler.Crawling;

/// <summary>
/// When a source is due next: on its interval or cron after a success (plus a deterministic jitter), with
/// growing delays after failures, never while quarantined.
/// </summary>
public static class SourceSchedule
{
    public static SourceState AfterRun(SourceState state, SourceDefinition source, RunStatus status, DateTimeOffset now, CrawlerOptions options)
    {
        if (status is RunStatus.Complete or RunStatus.Partial)
        {
            return state with { ConsecutiveFailures = 0, LastRunAt = now, LastRunStatus = status, NextDueAt = NextRegular(source, now, options.ScheduleJitter) };
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

    /// <summary>The next regular time pushed back by <see cref="Jitter"/> (a share <paramref name="jitter"/> of the period).</summary>
    public static DateTimeOffset NextRegular(SourceDefinition source, DateTimeOffset now, double jitter)
    {
        var due = NextRegular(source, now);
        return due + Jitter(source.Id, due, Period(source, due), jitter);
    }

    /// <summary>
    /// A delay in [0, <paramref name="share"/> × <paramref name="period"/>) drawn from a hash of the source id and
    /// its nominal due time: the same inputs always give the same delay (tests and ops can predict it), different
    /// sources due at the same moment get different ones.
    /// </summary>
    public static TimeSpan Jitter(string sourceId, DateTimeOffset nominalDue, TimeSpan period, double share)
    {
        if (share <= 0 || period <= TimeSpan.Zero) return TimeSpan.Zero;
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{sourceId}|{nominalDue.UtcTicks}"), hash);
        var unit = (BinaryPrimitives.ReadUInt64LittleEndian(hash) >> 11) * (1.0 / (1UL << 53));
        return TimeSpan.FromTicks((long)(period.Ticks * Math.Min(share, 1.0) * unit));
    }

    /// <summary>Whether <paramref name="workerId"/> may start <paramref name="state"/>'s source at <paramref name="now"/>.</summary>
    public static bool IsDue(SourceState? state, DateTimeOffset now, string workerId) =>
        state is null ||
        (!state.Quarantined &&
         (state.NextDueAt is not { } due || due <= now) &&
         (state.LeaseHolder is not { } holder || holder == workerId || state.LeasedUntil is not { } until || until <= now));

    /// <summary>FailureBackoff × 2^(failures−1), capped at MaxFailureBackoff.</summary>
    public static TimeSpan Backoff(int failures, CrawlerOptions options)
    {
        var factor = Math.Pow(2, Math.Clamp(failures - 1, 0, 30));
        var ticks = Math.Min(options.FailureBackoff.Ticks * factor, options.MaxFailureBackoff.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }

    private static TimeSpan Period(SourceDefinition source, DateTimeOffset due) =>
        source.Cron is { } cron && CronSchedule.Next(cron, due) is { } after ? after - due : source.Interval;
}
