using Crawler.Crawling;
using Crawler.Model;

namespace Crawler.Tests.Hosting;

/// <summary>When a source is due next: interval, cron, jitter, backoff and quarantine.</summary>
public sealed class SourceScheduleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 23, 8, 0, 0, TimeSpan.Zero);

    private static SourceDefinition Source(string id = "bytedance-campus", TimeSpan? interval = null, string? cron = null) => new()
    {
        Id = id, Company = "ByteDance", Platform = "atsx", EntryUrl = new Uri("http://127.0.0.1/"), Interval = interval ?? TimeSpan.FromHours(6), Cron = cron,
    };

    [Fact]
    public void AfterRun_SuccessWithoutJitter_IsDueOneIntervalLater()
    {
        var next = SourceSchedule.AfterRun(new SourceState { SourceId = "s" }, Source(), RunStatus.Complete, T0, new CrawlerOptions { ScheduleJitter = 0 });

        Assert.Equal(T0 + TimeSpan.FromHours(6), next.NextDueAt);
    }

    [Fact]
    public void AfterRun_SuccessWithJitter_IsDueWithinTheJitterShareAfterTheInterval()
    {
        var next = SourceSchedule.AfterRun(new SourceState { SourceId = "s" }, Source(), RunStatus.Complete, T0, new CrawlerOptions { ScheduleJitter = 0.1 });

        // 17 min 58.18 s: the delay for bytedance-campus due at 14:00, out of a 36-minute window.
        var nominal = T0 + TimeSpan.FromHours(6);
        Assert.Equal(nominal + TimeSpan.FromTicks(10_781_762_331), next.NextDueAt);
    }

    [Fact]
    public void Jitter_SameSourceAndDueTime_IsTheSameDelayInEveryProcessAndRelease()
    {
        // The documented derivation (SHA-256 of "minimax-social|<UTC ticks of 08:00>", top 53 bits as a share of
        // the 30-minute window), fixed here so a per-process seed or a changed formula reshuffling every worker's
        // schedule fails this test.
        var delay = SourceSchedule.Jitter("minimax-social", T0, TimeSpan.FromHours(1), 0.5);

        Assert.Equal(TimeSpan.FromTicks(7_123_195_245), delay);
    }

    [Fact]
    public void Jitter_ManySourcesDueTogether_SpreadOverTheWindow()
    {
        var delays = Enumerable.Range(0, 50).Select(i => SourceSchedule.Jitter($"source-{i}", T0, TimeSpan.FromHours(1), 0.2)).ToList();

        Assert.All(delays, d => Assert.InRange(d, TimeSpan.Zero, TimeSpan.FromMinutes(12)));
        Assert.True(delays.Distinct().Count() >= 45, "sources due at one moment should get different delays");
        Assert.True(delays.Max() - delays.Min() > TimeSpan.FromMinutes(8), "delays should cover most of the 12-minute window");
    }

    [Fact]
    public void AfterRun_CronSource_IsDueAtTheNextOccurrencePlusJitterOfTheCronPeriod()
    {
        var source = Source(cron: "0 */2 * * *");
        var next = SourceSchedule.AfterRun(new SourceState { SourceId = "s" }, source, RunStatus.Partial, T0.AddMinutes(5), new CrawlerOptions { ScheduleJitter = 0.25 });

        // 28 min 44.40 s into the 30-minute window (a quarter of the 2-hour cron period) after 10:00.
        var occurrence = T0.AddHours(2);
        Assert.Equal(occurrence + TimeSpan.FromTicks(17_243_985_281), next.NextDueAt);
    }

    [Fact]
    public void AfterRun_RepeatedFailures_BackOffDoublingUpToTheCap()
    {
        var options = new CrawlerOptions { FailureBackoff = TimeSpan.FromMinutes(5), MaxFailureBackoff = TimeSpan.FromMinutes(30), QuarantineAfterFailures = 100 };
        var state = new SourceState { SourceId = "s" };
        var delays = new List<TimeSpan>();
        for (var i = 0; i < 5; i++)
        {
            state = SourceSchedule.AfterRun(state, Source(), RunStatus.Failed, T0, options);
            delays.Add(state.NextDueAt!.Value - T0);
        }

        Assert.Equal([5, 10, 20, 30, 30], delays.Select(d => d.TotalMinutes));
        Assert.Equal(5, state.ConsecutiveFailures);
    }

    [Fact]
    public void AfterRun_FailuresReachTheLimit_QuarantinesAndASuccessDoesNotLiftIt()
    {
        var options = new CrawlerOptions { QuarantineAfterFailures = 3 };
        var state = new SourceState { SourceId = "s" };
        for (var i = 0; i < 3; i++) state = SourceSchedule.AfterRun(state, Source(), RunStatus.Failed, T0, options);

        Assert.True(state.Quarantined);
        Assert.False(SourceSchedule.IsDue(state with { NextDueAt = T0 }, T0.AddDays(2), "w1"));
    }

    [Fact]
    public void IsDue_LeaseHeldByAnotherWorker_IsNotDueUntilTheLeaseExpires()
    {
        var state = new SourceState { SourceId = "s", NextDueAt = T0, LeaseHolder = "w2", LeasedUntil = T0.AddMinutes(10) };

        Assert.False(SourceSchedule.IsDue(state, T0.AddMinutes(9), "w1"));
        Assert.True(SourceSchedule.IsDue(state, T0.AddMinutes(10), "w1"));
    }
}
