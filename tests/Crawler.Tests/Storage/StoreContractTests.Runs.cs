using Crawler.Model;
using Crawler.Storage;
using Crawler.Tests.Support;

namespace Crawler.Tests.Storage;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task StartRunAsync_NewRun_ListedAsRunning()
    {
        await RegisterAsync(StoreTestData.Source("a"));
        var run = StoreTestData.Run("a", "run-1", StoreTestData.T0);

        await Store.StartRunAsync(run, Ct);

        var listed = Assert.Single(await Store.ListRunsAsync("a", 10, Ct));
        Assert.Equal(StoreTestData.Render(run), StoreTestData.Render(listed));
    }

    [Fact]
    public async Task CommitRunAsync_FinishedRun_ListRunsShowsOutcomeEvidenceAndErrors()
    {
        await RegisterAsync(StoreTestData.Source("a"));
        var run = StoreTestData.Run("a", "run-1", StoreTestData.T0);
        await Store.StartRunAsync(run, Ct);
        var finished = StoreTestData.Finished(run, StoreTestData.T0.AddMinutes(12));

        await Store.CommitRunAsync(new RunCommit(finished, [], []), Ct);

        var listed = Assert.Single(await Store.ListRunsAsync("a", 10, Ct));
        Assert.Equal(StoreTestData.Render(finished), StoreTestData.Render(listed));
        Assert.True(listed.Evidence!.IsComplete);
    }

    [Fact]
    public async Task ListRunsAsync_SeveralSources_NewestFirstFilteredAndLimited()
    {
        await RegisterAsync(StoreTestData.Source("a"), StoreTestData.Source("b"));
        await Store.StartRunAsync(StoreTestData.Run("a", "a-2", StoreTestData.T0.AddHours(2)), Ct);
        await Store.StartRunAsync(StoreTestData.Run("a", "a-1", StoreTestData.T0), Ct);
        await Store.StartRunAsync(StoreTestData.Run("b", "b-1", StoreTestData.T0.AddHours(1)), Ct);
        await Store.StartRunAsync(StoreTestData.Run("a", "a-3", StoreTestData.T0.AddHours(3)), Ct);

        var ofA = await Store.ListRunsAsync("a", 10, Ct);
        var all = await Store.ListRunsAsync(null, 10, Ct);
        var latestTwo = await Store.ListRunsAsync(null, 2, Ct);

        Assert.Equal(["a-3", "a-2", "a-1"], ofA.Select(r => r.Id).ToArray());
        Assert.Equal(["a-3", "a-2", "b-1", "a-1"], all.Select(r => r.Id).ToArray());
        Assert.Equal(["a-3", "a-2"], latestTwo.Select(r => r.Id).ToArray());
    }

    [Fact]
    public async Task AbandonStaleRunsAsync_OtherRunningRunsOfTheSource_MarkedAbandonedAtNow()
    {
        await RegisterAsync(StoreTestData.Source("a"), StoreTestData.Source("b"));
        await Store.StartRunAsync(StoreTestData.Run("a", "crashed-1", StoreTestData.T0), Ct);
        await Store.StartRunAsync(StoreTestData.Run("a", "crashed-2", StoreTestData.T0.AddMinutes(1)), Ct);
        var done = StoreTestData.Run("a", "done", StoreTestData.T0.AddMinutes(2));
        await Store.StartRunAsync(done, Ct);
        await Store.CommitRunAsync(new RunCommit(StoreTestData.Finished(done, StoreTestData.T0.AddMinutes(3)), [], []), Ct);
        await Store.StartRunAsync(StoreTestData.Run("b", "other-source", StoreTestData.T0), Ct);
        await Store.StartRunAsync(StoreTestData.Run("a", "current", StoreTestData.T0.AddMinutes(4)), Ct);
        var now = StoreTestData.T0.AddMinutes(5);

        var abandoned = await Store.AbandonStaleRunsAsync("a", "current", now, Ct);

        Assert.Equal(2, abandoned);
        var runs = (await Store.ListRunsAsync(null, 10, Ct)).ToDictionary(r => r.Id);
        Assert.All(new[] { runs["crashed-1"], runs["crashed-2"] }, r =>
        {
            Assert.Equal(RunStatus.Abandoned, r.Status);
            Assert.Equal(now, r.FinishedAt);
        });
        Assert.Equal(RunStatus.Running, runs["current"].Status);
        Assert.Null(runs["current"].FinishedAt);
        Assert.Equal(RunStatus.Complete, runs["done"].Status);
        Assert.Equal(RunStatus.Running, runs["other-source"].Status);
        Assert.Equal(0, await Store.AbandonStaleRunsAsync("a", "current", now, Ct));
    }
}
