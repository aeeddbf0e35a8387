using Crawler.Crawling;
using Crawler.Lab;
using Crawler.Model;
using Crawler.Tests.Support;

namespace Crawler.Tests.Hosting;

/// <summary>Two workers (two service providers, one SQLite file) share the lab's sources through leases.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TwoWorkersTests(BrowserFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Timed out waiting for " + what);
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Run_TwoWorkersOneDatabase_CrawlEverySourceOncePerDueTimeAndNeverTwiceAtOnce()
    {
        var temp = new TempDirectory();
        await using var lab = await LabHost.StartAsync(LabSourceDefinitions.Small(("bytedance-campus", 6), ("bytedance-experienced", 7), ("minimax-campus", 5), ("minimax-social", 8)));
        var sources = LabSourceDefinitions.All(lab);
        var settings = new Dictionary<string, string?> { ["Crawler:MaxConcurrentSources"] = "1" };
        await using var a = await WorkerHarness.CreateAsync(temp.File("crawler.db"), "worker-a", sources, fixture.Browser, settings);
        await using var b = await WorkerHarness.CreateAsync(temp.File("crawler.db"), "worker-b", sources, fixture.Browser, settings);
        await a.StartAsync();
        await b.StartAsync();

        async Task<bool> EachHasCompleteRuns(int count) =>
            (await a.RunsAsync()).Where(r => r.Status == RunStatus.Complete).GroupBy(r => r.SourceId).Count(g => g.Count() >= count) == sources.Count;
        await WaitForAsync(() => EachHasCompleteRuns(1), "a first run of every source");
        foreach (var source in sources) await SourceControl.CrawlNowAsync(a.Store, source.Id, DateTimeOffset.UtcNow, CancellationToken.None);
        await WaitForAsync(() => EachHasCompleteRuns(2), "a second run of every source");
        // Once per due time: once each source's second run has rescheduled it (next due an hour on), no source is
        // due for either worker, so stopping then (which drains whatever a worker started) leaves every run there
        // will be; a third run started meanwhile is counted below.
        async Task<bool> NoneDue()
        {
            var now = DateTimeOffset.UtcNow;
            return (await a.Store.ListSourceStatesAsync(CancellationToken.None))
                .All(s => !SourceSchedule.IsDue(s, now, "worker-a") && !SourceSchedule.IsDue(s, now, "worker-b"));
        }

        await WaitForAsync(NoneDue, "every source rescheduled after its second run");
        await a.StopAsync(TimeSpan.FromSeconds(30));
        await b.StopAsync(TimeSpan.FromSeconds(30));

        var runs = await a.RunsAsync();
        foreach (var source in sources)
        {
            var ofSource = runs.Where(r => r.SourceId == source.Id).OrderBy(r => r.StartedAt).ToList();
            Assert.Equal(2, ofSource.Count);
            Assert.All(ofSource, r => Assert.Equal(RunStatus.Complete, r.Status));
            Assert.True(ofSource[1].StartedAt >= ofSource[0].FinishedAt, $"{source.Id}: two runs overlapped");
        }

        Assert.Equal(["worker-a", "worker-b"], runs.Select(r => r.WorkerId).Distinct().Order());
        Assert.All(await a.Store.ListSourceStatesAsync(CancellationToken.None), s => Assert.Null(s.LeaseHolder));
        temp.Delete();
    }

    [Fact]
    public async Task Run_WorkerDiedHoldingALease_OtherWorkerTakesTheSourceOverWhenTheLeaseExpires()
    {
        var temp = new TempDirectory();
        await using var lab = await LabHost.StartAsync(LabSourceDefinitions.Small(("minimax-social", 5)));
        var sources = LabSourceDefinitions.All(lab);
        await using var survivor = await WorkerHarness.CreateAsync(temp.File("crawler.db"), "survivor", sources, fixture.Browser);
        // The dead worker claimed the source for 5 s, 2 s ago, and was never heard of again.
        var claimedAt = DateTimeOffset.UtcNow - TimeSpan.FromSeconds(2);
        Assert.True(await survivor.Store.TryAcquireLeaseAsync("minimax-social", "dead-worker", TimeSpan.FromSeconds(5), claimedAt, CancellationToken.None));

        await survivor.StartAsync();
        await WaitForAsync(async () => (await survivor.RunsAsync()).Any(r => r.Status == RunStatus.Complete), "the survivor's run");
        await survivor.StopAsync(TimeSpan.FromSeconds(30));

        // A single run, started no earlier than the lease's expiry: a survivor that ignored the lease would have
        // started within its 100 ms poll, 3 s too early.
        var run = Assert.Single(await survivor.RunsAsync());
        Assert.Equal("survivor", run.WorkerId);
        Assert.True(run.StartedAt >= claimedAt + TimeSpan.FromSeconds(5), $"the survivor started at {run.StartedAt:O}, before the dead worker's lease expired at {claimedAt + TimeSpan.FromSeconds(5):O}");
        temp.Delete();
    }
}
