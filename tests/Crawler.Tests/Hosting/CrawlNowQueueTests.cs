using Crawler.Crawling;
using Crawler.Hosting;
using Crawler.Model;
using Crawler.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Crawler.Tests.Hosting;

/// <summary>
/// <c>sources crawl-now</c> on a source that is running: the run's schedule stage (the real <see cref="RunCommitter"/>)
/// keeps the request, so the worker crawls the source again as soon as the run ends instead of an interval later.
/// </summary>
public sealed class CrawlNowQueueTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly SourceDefinition Hourly = new()
    {
        Id = "hourly", Company = "ByteDance", Platform = "atsx", EntryUrl = new Uri("http://127.0.0.1/a"), Interval = TimeSpan.FromHours(1),
    };

    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _time = new(T0);
    private WorkerHarness _harness = null!;

    private FakeSourceCrawler Crawler => (FakeSourceCrawler)_harness.Services.GetRequiredService<ISourceCrawler>();

    public async Task InitializeAsync() =>
        _harness = await WorkerHarness.CreateAsync(_temp.File("crawler.db"), "w1", [Hourly],
            configuration: new Dictionary<string, string?> { ["Crawler:ScheduleJitter"] = "0" },
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

    [Fact]
    public async Task CrawlNow_WhileTheSourceRuns_TheSourceIsDueAgainWhenTheRunEnds()
    {
        await RunWithAsync(async () => await SourceControl.CrawlNowAsync(_harness.Store, "hourly", _time.GetUtcNow(), CancellationToken.None));

        var state = await StateAsync();
        Assert.Equal(_time.GetUtcNow(), state.NextDueAt);
        await _harness.Worker.PollAsync(CancellationToken.None);
        await _harness.Worker.WhenIdleAsync();
        Assert.Equal(["hourly"], Crawler.Calls.Select(c => c.SourceId));
    }

    [Fact]
    public async Task CrawlNow_NotAskedDuringTheRun_NextRunIsAnIntervalLater()
    {
        await RunWithAsync(() => Task.CompletedTask);

        var state = await StateAsync();
        Assert.Equal(_time.GetUtcNow() + Hourly.Interval, state.NextDueAt);
        await _harness.Worker.PollAsync(CancellationToken.None);
        await _harness.Worker.WhenIdleAsync();
        Assert.Empty(Crawler.Calls);
    }

    [Fact]
    public async Task CrawlNow_AskedBeforeTheRunStarted_IsAnsweredByThatRun()
    {
        await SourceControl.CrawlNowAsync(_harness.Store, "hourly", _time.GetUtcNow(), CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));

        await RunWithAsync(() => Task.CompletedTask);

        Assert.Equal(_time.GetUtcNow() + Hourly.Interval, (await StateAsync()).NextDueAt);
    }

    /// <summary>A run as the runner makes one: lease, running record, <paramref name="during"/>, then the schedule stage.</summary>
    private async Task RunWithAsync(Func<Task> during)
    {
        var store = _harness.Store;
        Assert.True(await store.TryAcquireLeaseAsync("hourly", "w1", TimeSpan.FromMinutes(10), _time.GetUtcNow(), CancellationToken.None));
        await store.StartRunAsync(new RunRecord { Id = "run-1", SourceId = "hourly", WorkerId = "w1", StartedAt = _time.GetUtcNow(), Status = RunStatus.Running }, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));
        await during();
        _time.Advance(TimeSpan.FromMinutes(1));
        await _harness.Services.GetRequiredService<RunCommitter>().ScheduleAsync(Hourly, RunStatus.Complete);
        await store.ReleaseLeaseAsync("hourly", "w1", CancellationToken.None);
    }

    private async Task<SourceState> StateAsync() =>
        (await _harness.Store.ListSourceStatesAsync(CancellationToken.None)).Single(s => s.SourceId == "hourly");
}
