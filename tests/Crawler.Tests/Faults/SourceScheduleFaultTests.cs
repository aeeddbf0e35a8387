using Crawler.Crawling;
using Crawler.Model;

namespace Crawler.Tests.Faults;

/// <summary>Failing sources are tried again later with growing delays and quarantined after N failed runs in a row.</summary>
public sealed class SourceScheduleFaultTests
{
    private static readonly SourceDefinition Source = new() { Id = "s", Company = "C", Platform = "atsx", EntryUrl = new Uri("https://a.example/") };
    private static readonly CrawlerOptions Options = new() { FailureBackoff = TimeSpan.FromMinutes(5), MaxFailureBackoff = TimeSpan.FromDays(1), QuarantineAfterFailures = 10 };
    private static readonly DateTimeOffset Now = new(2026, 6, 23, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(RunStatus.Failed)]
    [InlineData(RunStatus.Abandoned)]
    public void AfterRun_RepeatedFailures_DoubleTheDelayFromFiveMinutesToADayThenQuarantine(RunStatus status)
    {
        var state = new SourceState { SourceId = "s" };
        var delays = new List<TimeSpan>();
        for (var i = 0; i < 10; i++)
        {
            state = SourceSchedule.AfterRun(state, Source, status, Now, Options);
            delays.Add(state.NextDueAt!.Value - Now);
            Assert.Equal(i == 9, state.Quarantined);
        }

        Assert.Equal(
            new[] { 5, 10, 20, 40, 80, 160, 320, 640, 1280, 1440 }.Select(m => TimeSpan.FromMinutes(m)),
            delays);
    }

    [Theory]
    [InlineData(RunStatus.Complete)]
    [InlineData(RunStatus.Partial)]
    public void AfterRun_SuccessAfterFailures_ResetsTheCountAndReturnsToTheInterval(RunStatus status)
    {
        var failing = new SourceState { SourceId = "s", ConsecutiveFailures = 4, NextDueAt = Now };

        var state = SourceSchedule.AfterRun(failing, Source, status, Now, Options);

        Assert.Equal(0, state.ConsecutiveFailures);
        Assert.False(state.Quarantined);
        // Back on the regular interval, pushed back by at most the schedule jitter, never early.
        Assert.InRange(state.NextDueAt!.Value, Now + Source.Interval, Now + Source.Interval * (1 + Options.ScheduleJitter));
    }
}
