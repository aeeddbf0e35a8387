using Crawler.Lab;
using Crawler.Model;
using Crawler.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crawler.Tests.Hosting;

/// <summary>Stopping the worker (SIGTERM, Ctrl-C) while it crawls: runs are closed honestly and leases handed back.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GracefulShutdownTests(BrowserFixture fixture)
{
    private static async Task WaitUntilCrawlingAsync(WorkerHarness worker, int sources)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while ((await worker.RunsAsync()).Count(r => r.Status == RunStatus.Running) < sources)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the crawls did not start");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task StopAsync_DrainTimeoutPassesMidCrawl_ClosesRunsAsAbandonedAndReleasesLeases()
    {
        var temp = new TempDirectory();
        await using var lab = await LabHost.StartAsync(LabSourceDefinitions.Small(("bytedance-campus", 300), ("bytedance-experienced", 300)));
        var sources = LabSourceDefinitions.All(lab);
        using var logs = new CapturingLoggerProvider();
        await using var worker = await WorkerHarness.CreateAsync(temp.File("crawler.db"), "w", sources, fixture.Browser,
            new Dictionary<string, string?> { ["Crawler:Snapshots"] = "true", ["Crawler:DrainTimeout"] = "00:00:00.500", ["Crawler:MaxConcurrentSources"] = "2" },
            (services, _) => services.AddLogging(b => b.AddProvider(logs)));
        await worker.StartAsync();
        await WaitUntilCrawlingAsync(worker, 2);

        await worker.StopAsync(TimeSpan.FromSeconds(30));

        Assert.True(worker.Worker.ShutdownClean);
        var runs = await worker.RunsAsync();
        Assert.Equal(2, runs.Count);
        Assert.All(runs, r => Assert.Equal(RunStatus.Abandoned, r.Status));
        Assert.All(await worker.Store.ListSourceStatesAsync(CancellationToken.None), s => Assert.Null(s.LeaseHolder));
        // Ops read it in the log, not only in the store: one warning per abandoned run, naming it.
        Assert.All(runs, r => Assert.Contains(logs.Entries, e => e.EventId == 2012 && e.Values.Contains(r.Id, StringComparison.Ordinal)));
        temp.Delete();
    }

    [Fact]
    public async Task StopAsync_CrawlFinishesWithinTheDrain_CommitsItCompleteAndExitsClean()
    {
        var temp = new TempDirectory();
        await using var lab = await LabHost.StartAsync(LabSourceDefinitions.Small(("minimax-social", 20)));
        var sources = LabSourceDefinitions.All(lab);
        await using var worker = await WorkerHarness.CreateAsync(temp.File("crawler.db"), "w", sources, fixture.Browser,
            new Dictionary<string, string?> { ["Crawler:DrainTimeout"] = "00:01:00", ["Host:ShutdownTimeout"] = "00:02:00" });
        await worker.StartAsync();
        await WaitUntilCrawlingAsync(worker, 1);

        await worker.StopAsync(TimeSpan.FromSeconds(90));

        Assert.True(worker.Worker.ShutdownClean);
        var run = Assert.Single(await worker.RunsAsync());
        Assert.Equal(RunStatus.Complete, run.Status);
        Assert.Equal(20, run.Seen);
        Assert.All(await worker.Store.ListSourceStatesAsync(CancellationToken.None), s => Assert.Null(s.LeaseHolder));
        temp.Delete();
    }

    [Fact]
    public async Task StopAsync_DeadlinePassesBeforeCrawlsEnd_ReportsUncleanAndStillReleasesLeases()
    {
        var temp = new TempDirectory();
        await using var lab = await LabHost.StartAsync(LabSourceDefinitions.Small(("bytedance-campus", 300)));
        var sources = LabSourceDefinitions.All(lab);
        await using var worker = await WorkerHarness.CreateAsync(temp.File("crawler.db"), "w", sources, fixture.Browser,
            new Dictionary<string, string?> { ["Crawler:Snapshots"] = "true", ["Crawler:DrainTimeout"] = "00:01:00", ["Host:ShutdownTimeout"] = "00:02:00" });
        await worker.StartAsync();
        await WaitUntilCrawlingAsync(worker, 1);

        await worker.StopAsync(TimeSpan.FromMilliseconds(300));

        Assert.False(worker.Worker.ShutdownClean);
        Assert.All(await worker.Store.ListSourceStatesAsync(CancellationToken.None), s => Assert.Null(s.LeaseHolder));
        await worker.Worker.WhenIdleAsync();
        Assert.All(await worker.RunsAsync(), r => Assert.NotEqual(RunStatus.Running, r.Status));
        temp.Delete();
    }
}
