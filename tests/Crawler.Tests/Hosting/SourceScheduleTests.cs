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

        var nominal = T0 + TimeSpan.FromHours(6);
        Assert.Equal(nominal + SourceSchedule.Jitter("bytedance-campus", nominal, TimeSpan.FromHours(6), 0.1), next.NextDueAt);
        Assert.InRange(next.NextDueAt!.Value, nominal, nominal + TimeSpan.FromMinutes(36));
    }

    [Fact]
    public void Jitter_SameSourceAndDueTime_IsTheSameEveryTime()
    {
        var a = SourceSchedule.Jitter("minimax-social", T0, TimeSpan.FromHours(1), 0.5);
        var b = SourceSchedule.Jitter("minimax-social", T0, TimeSpan.FromHours(1), 0.5);

        Assert.Equal(a, b);
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

        var occurrence = T0.AddHours(2);
        Assert.Equal(occurrence + SourceSchedule.Jitter(source.Id, occurrence, TimeSpan.FromHours(2), 0.25), next.NextDueAt);
        Assert.InRange(next.NextDueAt!.Value, occurrence, occurrence.AddMinutes(30));
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
