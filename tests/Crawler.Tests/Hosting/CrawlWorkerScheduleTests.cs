using Crawler.Crawling;
using Crawler.Hosting;
using Crawler.Model;
using Crawler.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Crawler.Tests.Hosting;

/// <summary>The worker's scheduling against a real SQLite store, a fake clock and a fake crawl (no browser, no waiting).</summary>
public sealed class CrawlWorkerScheduleTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 23, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _time = new(T0);
    private WorkerHarness _harness = null!;

    private static readonly SourceDefinition Hourly = new()
    {
        Id = "hourly", Company = "ByteDance", Platform = "atsx", EntryUrl = new Uri("http://127.0.0.1/a"), Interval = TimeSpan.FromHours(1),
    };

    private static readonly SourceDefinition Cron = new()
    {
        Id = "cron", Company = "MiniMax", Platform = "atsx", EntryUrl = new Uri("http://127.0.0.1/b"), Cron = "30 9 * * *",
    };

    private FakeSourceCrawler Crawler => (FakeSourceCrawler)_harness.Services.GetRequiredService<ISourceCrawler>();

    public async Task InitializeAsync() =>
        _harness = await WorkerHarness.CreateAsync(_temp.File("crawler.db"), "w1", [Hourly, Cron],
            configuration: new Dictionary<string, string?>
            {
                ["Crawler:ScheduleJitter"] = "0.1",
                ["Crawler:FailureBackoff"] = "00:05:00",
                ["Crawler:QuarantineAfterFailures"] = "3",
                ["Crawler:MaxConcurrentSources"] = "4",
            },
            configure: (services, _) =>
            {
                services.AddSingleton<TimeProvider>(_time);
                services.AddSingleton<ISourceCrawler, FakeSourceCrawler>();
            });

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        _temp.Delete();
    }

    private async Task<IReadOnlyList<string>> PollAsync()
    {
        var before = Crawler.Calls.Count;
        await _harness.Worker.PollAsync(CancellationToken.None);
        await _harness.Worker.WhenIdleAsync();
        return [.. Crawler.Calls.Skip(before).Select(c => c.SourceId).Order()];
    }

    private async Task<SourceState> StateAsync(string id) =>
        (await _harness.Store.ListSourceStatesAsync(CancellationToken.None)).Single(s => s.SourceId == id);

    [Fact]
    public async Task PollAsync_NewSources_CrawlsEachOnceThenWaitsForItsJitteredDueTime()
    {
        Assert.Equal(["cron", "hourly"], await PollAsync());
        Assert.Empty(await PollAsync());

        // The delays SourceSchedule.Jitter derives for these ids and due times (3 min 19.31 s of a 6-minute window;
        // 2 h 15 min 13.49 s of the daily cron's 2.4-hour window), as literals: the worker must store exactly them.
        var hourlyDue = T0.AddHours(1) + TimeSpan.FromTicks(1_993_097_876);
        Assert.Equal(hourlyDue, (await StateAsync("hourly")).NextDueAt);
        _time.SetUtcNow(hourlyDue - TimeSpan.FromSeconds(1));
        Assert.Empty(await PollAsync());
        _time.SetUtcNow(hourlyDue);
        Assert.Equal(["hourly"], await PollAsync());

        var cronDue = new DateTimeOffset(2026, 6, 23, 9, 30, 0, TimeSpan.Zero);
        Assert.Equal(cronDue + TimeSpan.FromTicks(81_134_854_175), (await StateAsync("cron")).NextDueAt);
    }

    [Fact]
    public async Task PollAsync_FailingSource_BacksOffThenQuarantinesUntilReleased()
    {
        Crawler.Status = id => id == "hourly" ? RunStatus.Failed : RunStatus.Complete;
        await PollAsync();
        _time.Advance(TimeSpan.FromMinutes(4));
        Assert.Empty(await PollAsync());
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(["hourly"], await PollAsync());
        _time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(["hourly"], await PollAsync());

        var quarantined = await StateAsync("hourly");
        Assert.True(quarantined.Quarantined);
        _time.Advance(TimeSpan.FromDays(3));
        Assert.DoesNotContain("hourly", await PollAsync());

        Crawler.Status = _ => RunStatus.Complete;
        await SourceControl.ReleaseAsync(_harness.Store, "hourly", _time.GetUtcNow(), CancellationToken.None);
        Assert.Equal(["hourly"], await PollAsync());
        var released = await StateAsync("hourly");
        Assert.False(released.Quarantined);
        Assert.Equal(0, released.ConsecutiveFailures);
    }

    [Fact]
    public async Task PollAsync_CrawlNow_StartsTheSourceBeforeItsDueTime()
    {
        await PollAsync();
        _time.Advance(TimeSpan.FromMinutes(10));
        Assert.Empty(await PollAsync());

        await SourceControl.CrawlNowAsync(_harness.Store, "cron", _time.GetUtcNow(), CancellationToken.None);

        Assert.Equal(["cron"], await PollAsync());
    }

    [Fact]
    public async Task PollAsync_SourceStillRunningWhenDueAgain_IsNotStartedTwice()
    {
        Crawler.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await _harness.Worker.PollAsync(CancellationToken.None);
        await SourceControl.CrawlNowAsync(_harness.Store, "hourly", _time.GetUtcNow(), CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(2));

        await _harness.Worker.PollAsync(CancellationToken.None);
        await _harness.Worker.PollAsync(CancellationToken.None);
        Crawler.Hold.SetResult();
        await _harness.Worker.WhenIdleAsync();

        Assert.Equal(1, Crawler.Calls.Count(c => c.SourceId == "hourly"));
    }

    [Fact]
    public async Task SourceControl_UnknownSource_SaysWhichSourcesExist()
    {
        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => SourceControl.CrawlNowAsync(_harness.Store, "nope", T0, CancellationToken.None));

        Assert.Contains("hourly", error.Message, StringComparison.Ordinal);
    }
}
