using Crawler.Model;
using Crawler.Storage;
using Crawler.Tests.Support;

namespace Crawler.Tests.Storage;

public abstract partial class StoreContractTests
{
    /// <summary>Commits a run of <paramref name="sourceId"/> whose postings each had one event of <paramref name="kind"/>.</summary>
    private async Task<RunCommit> CommitEventsAsync(string sourceId, string runId, ChangeKind kind, params string[] portalIds)
    {
        var run = StoreTestData.Run(sourceId, runId, StoreTestData.T0);
        var postings = portalIds.Select(id => StoreTestData.Posting(sourceId, id)).ToArray();
        var events = postings.Select(p => StoreTestData.Event(p, kind, runId, StoreTestData.T0.AddMinutes(1))).ToArray();
        var commit = new RunCommit(StoreTestData.Finished(run, StoreTestData.T0.AddMinutes(2)), postings, events);
        await Store.StartRunAsync(run, Ct);
        await Store.CommitRunAsync(commit, Ct);
        return commit;
    }

    private Task<IReadOnlyList<ChangeEvent>> EventsAsync(EventQuery? query = null) =>
        Store.ListEventsAsync(query ?? new EventQuery(), Ct);

    [Fact]
    public async Task ListEventsAsync_AfterCommits_InCommitOrderWithRisingSequenceAndAllFields()
    {
        await RegisterAsync(StoreTestData.Source("a"));
        var first = await CommitEventsAsync("a", "run-1", ChangeKind.Appeared, "1", "2");
        var second = await CommitEventsAsync("a", "run-2", ChangeKind.Changed, "3");

        var events = await EventsAsync();

        var expected = first.Events.Concat(second.Events).ToArray();
        Assert.Equal(expected.Select(e => e.Id), events.Select(e => e.Id));
        Assert.True(events[0].Sequence > 0);
        Assert.True(events.Zip(events.Skip(1)).All(pair => pair.First.Sequence < pair.Second.Sequence));
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(StoreTestData.Render(expected[i] with { Sequence = events[i].Sequence }), StoreTestData.Render(events[i]));
        }
    }

    [Fact]
    public async Task CommitRunAsync_SameCommitAppliedTwice_NoDuplicateEventsAndStableSequences()
    {
        await RegisterAsync(StoreTestData.Source("a"));
        var commit = await CommitEventsAsync("a", "run-1", ChangeKind.Appeared, "1", "2", "3");
        var before = await EventsAsync();

        await Store.CommitRunAsync(commit, Ct);

        var after = await EventsAsync();
        Assert.Equal(3, after.Count);
        Assert.Equal(before.Select(e => (e.Id, e.Sequence)), after.Select(e => (e.Id, e.Sequence)));
        Assert.Equal(3, (await Store.GetPostingsAsync("a", Ct)).Count);
        Assert.Single(await Store.ListRunsAsync("a", 10, Ct));
    }

    [Fact]
    public async Task ListEventsAsync_KindsFilter_ReturnsOnlyThoseKinds()
    {
        await RegisterAsync(StoreTestData.Source("a"));
        await CommitEventsAsync("a", "run-1", ChangeKind.Appeared, "1", "2");
        await CommitEventsAsync("a", "run-2", ChangeKind.Changed, "3");
        await CommitEventsAsync("a", "run-3", ChangeKind.Disappeared, "4");
        await CommitEventsAsync("a", "run-4", ChangeKind.Reappeared, "5");

        var events = await EventsAsync(new EventQuery { Kinds = [ChangeKind.Appeared, ChangeKind.Reappeared] });

        Assert.Equal(["a:1", "a:2", "a:5"], events.Select(e => e.PostingKey).ToArray());
    }

    [Fact]
    public async Task ListEventsAsync_EmptyKinds_MeansEveryKind()
    {
        await RegisterAsync(StoreTestData.Source("a"));
        await CommitEventsAsync("a", "run-1", ChangeKind.Appeared, "1");
        await CommitEventsAsync("a", "run-2", ChangeKind.Disappeared, "2");

        var events = await EventsAsync(new EventQuery { Kinds = [] });

        Assert.Equal(2, events.Count);
    }

    [Fact]
    public async Task ListEventsAsync_SourceAndRunFilters_ReturnOnlyMatchingEvents()
    {
        await RegisterAsync(StoreTestData.Source("a"), StoreTestData.Source("b"));
        await CommitEventsAsync("a", "run-a1", ChangeKind.Appeared, "1");
        await CommitEventsAsync("b", "run-b1", ChangeKind.Appeared, "1", "2");
        await CommitEventsAsync("a", "run-a2", ChangeKind.Appeared, "2");

        var ofB = await EventsAsync(new EventQuery { SourceId = "b" });
        var ofRun = await EventsAsync(new EventQuery { RunId = "run-a2" });
        var none = await EventsAsync(new EventQuery { SourceId = "a", RunId = "run-b1" });

        Assert.Equal(["b:1", "b:2"], ofB.Select(e => e.PostingKey).ToArray());
        Assert.Equal(["a:2"], ofRun.Select(e => e.PostingKey).ToArray());
        Assert.Empty(none);
    }

    [Fact]
    public async Task ListEventsAsync_AfterSequenceAndLimit_PagesThroughTheLogOldestFirst()
    {
        await RegisterAsync(StoreTestData.Source("a"));
        await CommitEventsAsync("a", "run-1", ChangeKind.Appeared, "1", "2", "3", "4", "5");

        var firstPage = await EventsAsync(new EventQuery { Limit = 2 });
        var secondPage = await EventsAsync(new EventQuery { AfterSequence = firstPage[^1].Sequence, Limit = 2 });
        var rest = await EventsAsync(new EventQuery { AfterSequence = secondPage[^1].Sequence, Limit = 10 });
        var beyond = await EventsAsync(new EventQuery { AfterSequence = rest[^1].Sequence });

        Assert.Equal(["a:1", "a:2"], firstPage.Select(e => e.PostingKey).ToArray());
        Assert.Equal(["a:3", "a:4"], secondPage.Select(e => e.PostingKey).ToArray());
        Assert.Equal(["a:5"], rest.Select(e => e.PostingKey).ToArray());
        Assert.Empty(beyond);
    }

    [Fact]
    public async Task ListEventsAsync_NewestFirstBeforeSequence_PagesBackwardsFromTheLatest()
    {
        await RegisterAsync(StoreTestData.Source("a"));
        await CommitEventsAsync("a", "run-1", ChangeKind.Appeared, "1", "2", "3");
        await CommitEventsAsync("a", "run-2", ChangeKind.Changed, "4", "5");

        var latest = await EventsAsync(new EventQuery { NewestFirst = true, Limit = 2 });
        var before = await EventsAsync(new EventQuery { NewestFirst = true, BeforeSequence = latest[^1].Sequence, Limit = 10 });
        var appearedOnly = await EventsAsync(new EventQuery { NewestFirst = true, Kinds = [ChangeKind.Appeared], Limit = 1 });

        Assert.Equal(["a:5", "a:4"], latest.Select(e => e.PostingKey).ToArray());
        Assert.Equal(["a:3", "a:2", "a:1"], before.Select(e => e.PostingKey).ToArray());
        Assert.Equal(["a:3"], appearedOnly.Select(e => e.PostingKey).ToArray());
    }

    [Fact]
    public async Task CommitRunAsync_TwoWorkersCommittingAtOnce_EveryEventStoredOnceWithUniqueSequence()
    {
        var ids = Enumerable.Range(1, 8).Select(i => $"s{i}").ToArray();
        await Store.UpsertSourcesAsync(ids.Select(id => StoreTestData.Source(id)).ToArray(), Ct);
        var second = await SecondWorkerAsync();

        async Task Commit(ICrawlStore store, string sourceId)
        {
            await Task.Yield();
            var run = StoreTestData.Run(sourceId, "run-" + sourceId, StoreTestData.T0);
            var postings = Enumerable.Range(1, 10).Select(i => StoreTestData.Posting(sourceId, i.ToString())).ToArray();
            var events = postings.Select(p => StoreTestData.Event(p, ChangeKind.Appeared, run.Id, StoreTestData.T0)).ToArray();
            await store.StartRunAsync(run, Ct);
            await store.CommitRunAsync(new RunCommit(StoreTestData.Finished(run, StoreTestData.T0.AddMinutes(1)), postings, events), Ct);
        }

        await Task.WhenAll(ids.Select((id, i) => Task.Run(() => Commit(i % 2 == 0 ? Store : second, id))));

        var events = await EventsAsync();
        Assert.Equal(80, events.Count);
        Assert.Equal(80, events.Select(e => e.Id).Distinct().Count());
        Assert.Equal(80, events.Select(e => e.Sequence).Distinct().Count());
    }
}
