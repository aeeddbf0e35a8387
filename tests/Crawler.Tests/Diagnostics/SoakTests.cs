using Crawler.Browsing;
using Crawler.Crawling;
using Crawler.Lab;
using Crawler.Model;
using Crawler.Tests.Support;

namespace Crawler.Tests.Diagnostics;

/// <summary>
/// A bounded soak: 10 worker lifetimes (launch, crawl a tiny lab site, stop) in one process. Every Chromium
/// process must be gone after each stop, and managed memory must not keep growing. The long version with
/// figures is the benchmark (tests/Crawler.Benchmarks, <c>soak</c>).
/// It runs in the non-parallel collection, alone: the managed heap and the Chromium count are process-wide
/// and would otherwise measure the tests running beside it.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class SoakTests
{
    private const int Cycles = 10;

    [Fact]
    public async Task WorkerCycles_TinyLabSite_ChromiumProcessesReturnToBaselineAndHeapStaysFlat()
    {
        var temp = new TempDirectory();
        await using var lab = await LabHost.StartAsync(LabSourceDefinitions.Small(("minimax-social", 5)));
        var sources = LabSourceDefinitions.All(lab);
        // Chromium already running (the shared fixture's browser, whose renderers come and go) is not this test's.
        var before = ProcessTree.Descendants(Environment.ProcessId).Where(ProcessTree.IsChromium).Select(e => e.Pid).ToList();
        var heaps = new List<long>();
        for (var cycle = 0; cycle < Cycles; cycle++)
        {
            IReadOnlySet<int> started;
            await using (var worker = await WorkerHarness.CreateAsync(temp.File("crawler.db"), "soak", sources))
            {
                await SourceControl.CrawlNowAsync(worker.Store, "minimax-social", DateTimeOffset.UtcNow, CancellationToken.None);
                await worker.Worker.PollAsync(CancellationToken.None);
                await worker.Worker.WhenIdleAsync();
                started = CyclesChromium(before);
                Assert.True(started.Count > 0, "the cycle's browser should be running");
            }

            Assert.Empty(await SurvivorsAsync(started));
            GC.Collect();
            GC.WaitForPendingFinalizers();
            heaps.Add(GC.GetTotalMemory(forceFullCollection: true));
        }

        var runs = await LastRunsAsync(temp);
        Assert.Equal(Cycles, runs.Count(r => r.Status == RunStatus.Complete));
        static double Median(IEnumerable<long> values) => values.Order().ElementAt(2);
        var first = Median(heaps.Take(5));
        var last = Median(heaps.TakeLast(5));
        Assert.True(last < first * 1.5 + 8e6, $"managed heap grew from {first / 1e6:F1} MB to {last / 1e6:F1} MB over {Cycles} cycles");
        temp.Delete();
    }

    /// <summary>
    /// Which of the cycle's own Chromium processes still run after up to 10 s to exit. Zombies do not count: they
    /// hold no resources, and after the fault tests make this process a child subreaper, exited Chromium children
    /// are re-parented to it and stay zombies because .NET reaps only the children it started.
    /// </summary>
    private static async Task<IReadOnlyList<int>> SurvivorsAsync(IReadOnlySet<int> started)
    {
        for (var waited = 0; ; waited += 100)
        {
            var alive = ProcessTree.Snapshot().Where(e => e.State != 'Z' && started.Contains(e.Pid)).Select(e => e.Pid).ToList();
            if (alive.Count == 0 || waited >= 10_000) return alive;
            await Task.Delay(100);
        }
    }

    /// <summary>Chromium processes below this process that are neither one of <paramref name="before"/> nor below one of them.</summary>
    private static HashSet<int> CyclesChromium(IReadOnlyList<int> before)
    {
        var snapshot = ProcessTree.Snapshot();
        var excluded = before.SelectMany(pid => ProcessTree.Descendants(pid, snapshot).Select(e => e.Pid)).Concat(before).ToHashSet();
        return [.. ProcessTree.Descendants(Environment.ProcessId, snapshot).Where(e => ProcessTree.IsChromium(e) && !excluded.Contains(e.Pid)).Select(e => e.Pid)];
    }

    private static async Task<IReadOnlyList<RunRecord>> LastRunsAsync(TempDirectory temp)
    {
        await using var reader = await WorkerHarness.CreateAsync(temp.File("crawler.db"), "reader", []);
        return await reader.RunsAsync("minimax-social");
    }
}
