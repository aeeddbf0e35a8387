using Crawler.Crawling;
using Crawler.Model;
using Crawler.Storage.Sqlite;
using Crawler.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Crawler.Tests.Diagnostics;

/// <summary>
/// A running run's progress as another process reads it from the store: written at once, then at most every two
/// seconds, the latest report always arriving in the end.
/// </summary>
public sealed class RunProgressRecorderTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _time = new(StoreTestData.T0);
    private SqliteCrawlStore Store { get; set; } = null!;
    private RunProgressRecorder _recorder = null!;
    private RunWatchdog _watchdog = null!;

    public async Task InitializeAsync()
    {
        Store = new SqliteCrawlStore(new SqliteStoreOptions { Path = _temp.File("c.db") }, _time);
        await Store.InitializeAsync(CancellationToken.None);
        await Store.UpsertSourcesAsync([StoreTestData.Source("a")], CancellationToken.None);
        await Store.StartRunAsync(StoreTestData.Run("a", "run-1", StoreTestData.T0, "w1"), CancellationToken.None);
        var options = Options.Create(new CrawlerOptions { WorkerId = "w1" });
        _recorder = new RunProgressRecorder(Store, _time, options, NullLogger<RunProgressRecorder>.Instance);
        _watchdog = new RunWatchdog(_time, options, [_recorder]);
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        _temp.Delete();
    }

    [Fact]
    public async Task Report_SeveralWithinTwoSeconds_FirstWrittenAtOnceLatestAfterTheInterval()
    {
        var run = _watchdog.Watch("a", "run-1", null);
        run.Report(new CrawlProgress("listing", 20, 100));
        await _recorder.WhenWrittenAsync();
        Assert.Equal(20, (await ListedAsync()).Done);

        _time.Advance(TimeSpan.FromMilliseconds(500));
        run.Report(new CrawlProgress("listing", 40, 100));
        run.Report(new CrawlProgress("listing", 60, 100));
        Assert.Equal(20, (await ListedAsync()).Done);

        _time.Advance(TimeSpan.FromSeconds(1.5));
        await _recorder.WhenWrittenAsync();
        var listed = await ListedAsync();
        Assert.Equal(("listing", 60, (int?)100, "w1"), (listed.Phase, listed.Done, listed.Total, listed.WorkerId));
        await run.DisposeAsync();
    }

    [Fact]
    public async Task Report_NewPhase_RecordsWhenThePhaseBegan()
    {
        var run = _watchdog.Watch("a", "run-1", null);
        run.Report(new CrawlProgress("listing", 100, 100));
        await _recorder.WhenWrittenAsync();
        _time.Advance(TimeSpan.FromSeconds(30));

        run.Report(new CrawlProgress("details", 1, 12) { Failed = 1 });
        await _recorder.WhenWrittenAsync();

        var listed = await ListedAsync();
        Assert.Equal(("details 1/12 (1 failed)", StoreTestData.T0.AddSeconds(30), StoreTestData.T0), (listed.Describe(), listed.PhaseSince, listed.StartedAt));
        await run.DisposeAsync();
    }

    private async Task<RunProgress> ListedAsync() => Assert.Single(await Store.ListRunProgressAsync(CancellationToken.None));
}
