using Crawler.Browsing;
using Crawler.Crawling;
using Crawler.Diagnostics;
using Crawler.Model;
using Crawler.Storage.Sqlite;
using Crawler.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Crawler.Tests.Faults;

/// <summary>The watchdog on a fake clock: progress keeps a run alive; silence trips it; readiness names a stuck run.</summary>
public sealed class RunWatchdogClockTests
{
    private readonly FakeTimeProvider _time = new(StoreTestData.T0);

    private RunWatchdog Watchdog() => new(_time, Options.Create(new CrawlerOptions { StallTimeout = TimeSpan.FromMinutes(10) }));

    [Fact]
    public async Task Watch_ProgressKeepsMoving_NeverTrips()
    {
        var watchdog = Watchdog();
        await using var watch = watchdog.Watch("s", "r", null);
        for (var i = 1; i <= 6; i++)
        {
            _time.Advance(TimeSpan.FromMinutes(4));
            watch.Report(new CrawlProgress("listing", i * 10, null));
        }

        Assert.False(watch.Tripped);
        Assert.Equal(0, watchdog.Trips);
    }

    [Fact]
    public async Task Watch_NoProgressForTheStallTimeout_TripsOnceAndCancelsItsToken()
    {
        var watchdog = Watchdog();
        var watch = watchdog.Watch("s", "r", null);
        watch.Report(new CrawlProgress("details", 3, 20));
        _time.Advance(TimeSpan.FromMinutes(9));
        Assert.False(watch.Tripped);

        for (var i = 0; i < 10 && !watch.Token.IsCancellationRequested; i++) _time.Advance(TimeSpan.FromSeconds(30));
        await Wait.UntilAsync(() => watch.Token.IsCancellationRequested, TimeSpan.FromSeconds(5), "the watchdog to trip");

        Assert.Equal(1, watchdog.Trips);
        Assert.Single(watchdog.Running);
        await watch.DisposeAsync();
        Assert.Empty(watchdog.Running);
    }

    [Fact]
    public async Task Readiness_RunWithoutProgressPastTheStallTimeout_IsNotReadyAndNamesTheRun()
    {
        var directory = new TempDirectory();
        try
        {
            var store = new SqliteCrawlStore(new SqliteStoreOptions { Path = directory.File("c.db") }, _time);
            await store.InitializeAsync(CancellationToken.None);
            await using var browser = new BrowserHost(Options.Create(new BrowserOptions()), NullLogger<BrowserHost>.Instance);
            var watchdog = Watchdog();
            var probe = new ReadinessProbe(store, browser, Options.Create(new DiagnosticsOptions()), watchdog);
            await using var watch = watchdog.Watch("minimax-social", "run-1", null);

            var (_, before) = await probe.CheckAsync(CancellationToken.None);
            _time.Advance(TimeSpan.FromMinutes(11));
            var (ready, after) = await probe.CheckAsync(CancellationToken.None);

            Assert.Contains("runs: 1 in progress, none stuck", before);
            Assert.False(ready);
            Assert.Contains(after, line => line.StartsWith("runs: stuck: minimax-social (run run-1", StringComparison.Ordinal));
        }
        finally
        {
            directory.Delete();
        }
    }
}
