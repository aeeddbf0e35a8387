using Crawler.Model;
using Crawler.Storage;
using Crawler.Tests.Support;

namespace Crawler.Tests.Storage;

public abstract partial class StoreContractTests
{
    private static RunProgress Progress(string runId, string phase, int done, int? total, DateTimeOffset at) => new()
    {
        RunId = runId, SourceId = "a", WorkerId = "worker-a", Phase = phase, Done = done, Total = total, Failed = 1,
        StartedAt = StoreTestData.T0, PhaseSince = StoreTestData.T0.AddMinutes(1), UpdatedAt = at,
    };

    [Fact]
    public async Task SaveRunProgressAsync_RunningRun_AnotherWorkerSeesTheLatestProgress()
    {
        await RegisterAsync(StoreTestData.Source("a"));
        await Store.StartRunAsync(StoreTestData.Run("a", "run-1", StoreTestData.T0), Ct);

        await Store.SaveRunProgressAsync(Progress("run-1", "listing", 120, 523, StoreTestData.T0.AddMinutes(2)), Ct);
        await Store.SaveRunProgressAsync(Progress("run-1", "details", 12, 40, StoreTestData.T0.AddMinutes(3)), Ct);

        var listed = Assert.Single(await (await SecondWorkerAsync()).ListRunProgressAsync(Ct));
        Assert.Equal(StoreTestData.Render(Progress("run-1", "details", 12, 40, StoreTestData.T0.AddMinutes(3))), StoreTestData.Render(listed));
    }

    [Fact]
    public async Task SaveRunProgressAsync_AfterTheRunCommitted_NothingIsListedAndLateWritesAreIgnored()
    {
        await RegisterAsync(StoreTestData.Source("a"));
        var run = StoreTestData.Run("a", "run-1", StoreTestData.T0);
        await Store.StartRunAsync(run, Ct);
        await Store.SaveRunProgressAsync(Progress("run-1", "listing", 120, null, StoreTestData.T0.AddMinutes(2)), Ct);

        await Store.CommitRunAsync(new RunCommit(StoreTestData.Finished(run, StoreTestData.T0.AddMinutes(5)), [], []), Ct);
        await Store.SaveRunProgressAsync(Progress("run-1", "details", 12, 40, StoreTestData.T0.AddMinutes(6)), Ct);

        Assert.Empty(await Store.ListRunProgressAsync(Ct));
        Assert.Equal(RunStatus.Complete, Assert.Single(await Store.ListRunsAsync("a", 10, Ct)).Status);
    }

    [Fact]
    public async Task SaveRunProgressAsync_NextRunOfTheSource_ReplacesTheProgressOfTheOneBefore()
    {
        await RegisterAsync(StoreTestData.Source("a"));
        await Store.StartRunAsync(StoreTestData.Run("a", "run-1", StoreTestData.T0), Ct);
        await Store.SaveRunProgressAsync(Progress("run-1", "listing", 120, null, StoreTestData.T0.AddMinutes(2)), Ct);
        await Store.AbandonStaleRunsAsync("a", "run-2", StoreTestData.T0.AddHours(1), Ct);
        await Store.StartRunAsync(StoreTestData.Run("a", "run-2", StoreTestData.T0.AddHours(1)), Ct);

        await Store.SaveRunProgressAsync(Progress("run-2", "starting", 0, null, StoreTestData.T0.AddHours(1)), Ct);

        Assert.Equal("run-2", Assert.Single(await Store.ListRunProgressAsync(Ct)).RunId);
    }
}
