using Crawler.Changes;
using Crawler.Crawling;
using Crawler.Model;
using Crawler.Storage;
using Crawler.Tests.Support;

namespace Crawler.Tests.Storage;

public abstract partial class StoreContractTests
{
    /// <summary>Runs the change detector over <paramref name="observed"/> and commits the result, as the runner does.</summary>
    private async Task<RunCommit> CrawlAsync(SourceDefinition source, int runNumber, params ObservedPosting[] observed)
    {
        var runId = $"run-{runNumber}";
        var now = StoreTestData.T0.AddHours(runNumber);
        var previous = await Store.GetPostingsAsync(source.Id, Ct);
        var changes = new ChangeDetector().Detect(source, new ChangeDetectionRun(runId, Complete: true, now, []), previous, observed);
        var run = StoreTestData.Run(source.Id, runId, now);
        var commit = new RunCommit(StoreTestData.Finished(run, now), changes.Postings, changes.Events);
        await Store.StartRunAsync(run, Ct);
        await Store.CommitRunAsync(commit, Ct);
        return commit;
    }

    [Fact]
    public async Task ListPostingVersionsAsync_AppearedEditedThenUnchanged_OneVersionPerStateWithValidity()
    {
        var source = StoreTestData.Source("a");
        await RegisterAsync(source);
        var original = StoreTestData.Observed("1") with { Requirement = "3年以上经验" };
        var edited = original with { Requirement = "5年以上经验", Cities = ["北京"] };
        await CrawlAsync(source, 1, original, StoreTestData.Observed("2"));
        await CrawlAsync(source, 2, edited, StoreTestData.Observed("2"));
        await CrawlAsync(source, 3, edited, StoreTestData.Observed("2"));

        var versions = await Store.ListPostingVersionsAsync("a:1", Ct);

        Assert.Equal([1, 2], versions.Select(v => v.Version).ToArray());
        Assert.Equal("3年以上经验", versions[0].Fields.Requirement);
        Assert.Equal(["北京", "上海", "杭州"], versions[0].Fields.Cities);
        Assert.Equal(StoreTestData.T0.AddHours(1), versions[0].ValidFrom);
        Assert.Equal(StoreTestData.T0.AddHours(2), versions[0].ValidTo);
        Assert.Equal("5年以上经验", versions[1].Fields.Requirement);
        Assert.Equal(["北京"], versions[1].Fields.Cities);
        Assert.Equal(StoreTestData.T0.AddHours(2), versions[1].ValidFrom);
        Assert.Null(versions[1].ValidTo);
        Assert.Equal(original.Title, versions[1].Fields.Title);
        Assert.Single(await Store.ListPostingVersionsAsync("a:2", Ct));
        Assert.Empty(await Store.ListPostingVersionsAsync("a:unknown", Ct));
    }

    [Fact]
    public async Task ListPostingVersionsAsync_SameCommitAppliedTwice_VersionsUnchanged()
    {
        var source = StoreTestData.Source("a");
        await RegisterAsync(source);
        await CrawlAsync(source, 1, StoreTestData.Observed("1"));
        var second = await CrawlAsync(source, 2, StoreTestData.Observed("1") with { Title = "Renamed" });
        var before = StoreTestData.Render(await Store.ListPostingVersionsAsync("a:1", Ct));

        await Store.CommitRunAsync(second, Ct);

        Assert.Equal(before, StoreTestData.Render(await Store.ListPostingVersionsAsync("a:1", Ct)));
        Assert.Equal(2, (await Store.ListPostingVersionsAsync("a:1", Ct)).Count);
    }

    /// <summary>Commits postings as run <paramref name="runId"/> started at <paramref name="startedAt"/>, committed an hour later.</summary>
    private async Task CommitRunAtAsync(string runId, DateTimeOffset startedAt, params StoredPosting[] postings)
    {
        var run = StoreTestData.Run("a", runId, startedAt);
        await Store.StartRunAsync(run, Ct);
        await Store.CommitRunAsync(new RunCommit(StoreTestData.Finished(run, startedAt.AddHours(1)), postings, []), Ct);
    }

    [Fact]
    public async Task ListPostingVersionsAsync_SnapshotsOverTime_EachVersionKeepsOnlyItsOwn()
    {
        await RegisterAsync(StoreTestData.Source("a"));
        // Runs start on the hour and commit (begin their version) an hour later; snapshots render in between.
        var v1 = StoreTestData.Posting("a", "1") with { Version = 1, VersionFrom = StoreTestData.T0.AddHours(1), SnapshotId = "s-old", SnapshotAt = StoreTestData.T0.AddMinutes(20) };
        await CommitRunAtAsync("run-1", StoreTestData.T0, v1);
        // Run 2 changed the title but failed to render: the posting still points at version 1's snapshot.
        var v2 = v1 with { Version = 2, VersionFrom = StoreTestData.T0.AddHours(2), Posting = v1.Posting with { Title = "New title" } };
        await CommitRunAtAsync("run-2", StoreTestData.T0.AddHours(1), v2);
        var noSnapshotYet = await Store.ListPostingVersionsAsync("a:1", Ct);
        await CommitRunAtAsync("run-3", StoreTestData.T0.AddHours(2), v2 with { SnapshotId = "s-new", SnapshotAt = StoreTestData.T0.AddHours(2).AddMinutes(20) });

        var versions = await Store.ListPostingVersionsAsync("a:1", Ct);

        Assert.Equal("s-old", noSnapshotYet[0].SnapshotId);
        Assert.Null(noSnapshotYet[1].SnapshotId);
        Assert.Equal("s-old", versions[0].SnapshotId);
        Assert.Equal("s-new", versions[1].SnapshotId);
        Assert.Equal(["大模型算法工程师 (Seed)", "New title"], versions.Select(v => v.Fields.Title).ToArray());
        Assert.Equal(StoreTestData.T0.AddHours(2), versions[0].ValidTo);
    }

    [Fact]
    public async Task ListPostingVersionsAsync_NewVersionRenderedInItsOwnRun_KeepsThatSnapshot()
    {
        await RegisterAsync(StoreTestData.Source("a"));
        var v1 = StoreTestData.Posting("a", "1") with { Version = 1, VersionFrom = StoreTestData.T0.AddHours(1), SnapshotId = "s-1", SnapshotAt = StoreTestData.T0.AddMinutes(20) };
        await CommitRunAtAsync("run-1", StoreTestData.T0, v1);
        var v2 = v1 with { Version = 2, VersionFrom = StoreTestData.T0.AddHours(2), SnapshotId = "s-2", SnapshotAt = StoreTestData.T0.AddHours(1).AddMinutes(20), Posting = v1.Posting with { Title = "New title" } };

        await CommitRunAtAsync("run-2", StoreTestData.T0.AddHours(1), v2);

        var versions = await Store.ListPostingVersionsAsync("a:1", Ct);
        Assert.Equal("s-1", versions[0].SnapshotId);
        Assert.Equal("s-2", versions[1].SnapshotId);
    }

    [Fact]
    public async Task CommitRunAsync_PostingStoredBeforeHistory_WritesNoVersionUntilSeenAgain()
    {
        var source = StoreTestData.Source("a");
        await RegisterAsync(source);
        var legacy = StoreTestData.Posting("a", "1") with { Version = 0, VersionFrom = null, ContentHash = ContentHasher.Business(StoreTestData.Observed("1")) };
        await CommitPostingsAsync("a", "run-0", legacy);
        var before = await Store.ListPostingVersionsAsync("a:1", Ct);

        var commit = await CrawlAsync(source, 1, StoreTestData.Observed("1"));

        Assert.Empty(before);
        Assert.Empty(commit.Events);
        var version = Assert.Single(await Store.ListPostingVersionsAsync("a:1", Ct));
        Assert.Equal(1, version.Version);
        Assert.Equal(StoreTestData.T0.AddHours(1), version.ValidFrom);
    }
}
