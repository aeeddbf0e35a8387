using Crawler.Changes;
using Crawler.Model;
using Crawler.Tests.Support;

namespace Crawler.Tests.Changes;

public sealed class ChangeDetectorTests
{
    private static readonly DateTimeOffset Now = StoreTestData.T0;
    private readonly ChangeDetector _detector = new();
    private readonly SourceDefinition _source = StoreTestData.Source() with { MissesBeforeGone = 2, MaxRemovalShare = 0.3 };

    /// <summary>Applies runs one after another the way the runner does, keeping the store state in memory.</summary>
    private sealed class History(ChangeDetector detector, SourceDefinition source)
    {
        public Dictionary<string, StoredPosting> State { get; } = new(StringComparer.Ordinal);
        public List<ChangeEvent> Events { get; } = [];
        private int _run;

        public ChangeSet Apply(IEnumerable<ObservedPosting> observed, bool complete = true, IReadOnlyList<int>? recent = null)
        {
            _run++;
            var set = detector.Detect(source, new ChangeDetectionRun($"run-{_run}", complete, Now.AddHours(_run), recent ?? []), State, [.. observed]);
            foreach (var posting in set.Postings) State[posting.Key] = posting;
            Events.AddRange(set.Events);
            return set;
        }
    }

    private static IEnumerable<ObservedPosting> Postings(int count, int from = 0) =>
        Enumerable.Range(from, count).Select(i => StoreTestData.Observed($"p{i}", $"Engineer {i}"));

    [Fact]
    public void Detect_NewKeys_EmitAppearedOncePerPosting()
    {
        var history = new History(_detector, _source);
        var set = history.Apply(Postings(5));
        Assert.Equal(5, set.New);
        Assert.All(set.Events, e => Assert.Equal(ChangeKind.Appeared, e.Kind));
        Assert.Equal(5, set.Events.Select(e => e.Id).Distinct().Count());
        Assert.Equal("bytedance-campus:p0", set.Events[0].PostingKey);
    }

    [Fact]
    public void Detect_SameContentAgain_EmitsNothing()
    {
        var history = new History(_detector, _source);
        history.Apply(Postings(5));
        var second = history.Apply(Postings(5));
        Assert.Empty(second.Events);
        Assert.All(history.State.Values, p => Assert.Equal(Now.AddHours(2), p.LastSeen));
    }

    [Fact]
    public void Detect_BusinessFieldEdited_EmitsChangedNamingTheField()
    {
        var history = new History(_detector, _source);
        history.Apply(Postings(3));
        var edited = Postings(3).Select(p => p.PortalId == "p1" ? p with { Requirement = "5年以上经验" } : p);
        var set = history.Apply(edited);
        var change = Assert.Single(set.Events);
        Assert.Equal(ChangeKind.Changed, change.Kind);
        Assert.Equal(["requirement"], change.ChangedFields);
        var edit = Assert.Single(change.Changes);
        Assert.Equal("3年以上经验 / 3+ years of experience", edit.Old);
        Assert.Equal("5年以上经验", edit.New);
        Assert.Equal(["-3年以上经验 / 3+ years of experience", "+5年以上经验"], edit.Diff);
    }

    [Fact]
    public void Detect_SameRunAppliedAgainFromTheSameState_SameEventIdsAndDiffs()
    {
        var history = new History(_detector, _source);
        history.Apply(Postings(3));
        var edited = Postings(3).Select(p => p with { Title = p.Title + " (Beijing)" }).ToArray();
        var state = new Dictionary<string, StoredPosting>(history.State, StringComparer.Ordinal);
        var run = new ChangeDetectionRun("run-2", true, Now.AddHours(2), []);

        var first = _detector.Detect(_source, run, state, edited);
        var again = _detector.Detect(_source, run, state, edited);

        Assert.Equal(first.Events.Select(e => e.Id), again.Events.Select(e => e.Id));
        Assert.Equal(StoreTestData.Render(first.Events), StoreTestData.Render(again.Events));
        Assert.All(first.Events, e => Assert.Equal("Engineer " + e.PostingKey[^1] + " (Beijing)", e.Changes.Single().New));
        Assert.All(first.Postings, p => Assert.Equal(2, p.Version));
    }

    [Fact]
    public void Detect_OnlyVolatileRawFieldsDiffer_EmitsNothing()
    {
        var history = new History(_detector, _source);
        history.Apply(Postings(3));
        // Tracking ids and recommendation lists live only in the raw payload and the URL.
        var volatileOnly = Postings(3).Select(p => p with { RawJson = p.RawJson.Replace("1.50", "9.99", StringComparison.Ordinal), Url = p.Url + "&track_id=xyz" });
        Assert.Empty(history.Apply(volatileOnly).Events);
    }

    [Fact]
    public void Detect_MissingFromOneCompleteRun_IsNotYetGone()
    {
        var history = new History(_detector, _source);
        history.Apply(Postings(10));
        var set = history.Apply(Postings(9));
        Assert.Empty(set.Events);
        Assert.Equal(1, history.State["bytedance-campus:p9"].MissCount);
        Assert.Equal(PostingStatus.Active, history.State["bytedance-campus:p9"].Status);
    }

    [Fact]
    public void Detect_MissingFromTwoConsecutiveCompleteRuns_EmitsDisappeared()
    {
        var history = new History(_detector, _source);
        history.Apply(Postings(10));
        history.Apply(Postings(9));
        var set = history.Apply(Postings(9));
        var gone = Assert.Single(set.Events);
        Assert.Equal(ChangeKind.Disappeared, gone.Kind);
        Assert.Equal("bytedance-campus:p9", gone.PostingKey);
        Assert.Equal(PostingStatus.Gone, history.State[gone.PostingKey].Status);
    }

    [Fact]
    public void Detect_SeenAgainBetweenMisses_ResetsTheMissCount()
    {
        var history = new History(_detector, _source);
        history.Apply(Postings(10));
        history.Apply(Postings(9));
        history.Apply(Postings(10));
        var set = history.Apply(Postings(9));
        Assert.Empty(set.Events);
        Assert.Equal(1, history.State["bytedance-campus:p9"].MissCount);
    }

    [Fact]
    public void Detect_PartialRuns_NeverCountAsMisses()
    {
        var history = new History(_detector, _source);
        history.Apply(Postings(10));
        for (var i = 0; i < 5; i++) Assert.Empty(history.Apply(Postings(9), complete: false).Events);
        Assert.Equal(0, history.State["bytedance-campus:p9"].MissCount);
    }

    [Fact]
    public void Detect_GoneKeySeenAgain_EmitsReappeared()
    {
        var history = new History(_detector, _source with { MissesBeforeGone = 1 });
        history.Apply(Postings(10));
        history.Apply(Postings(9));
        var set = history.Apply(Postings(10));
        var back = Assert.Single(set.Events);
        Assert.Equal(ChangeKind.Reappeared, back.Kind);
        Assert.Equal(1, set.Reappeared);
        Assert.Equal(PostingStatus.Active, history.State[back.PostingKey].Status);
    }

    [Fact]
    public void Detect_MoreThanTheShareMissing_IsSuspectAndRemovesNothing()
    {
        var history = new History(_detector, _source);
        history.Apply(Postings(10));
        var set = history.Apply(Postings(6));
        Assert.True(set.Suspect);
        Assert.Contains("4 of 10", set.SuspectReason, StringComparison.Ordinal);
        history.Apply(Postings(6));
        Assert.DoesNotContain(history.Events, e => e.Kind == ChangeKind.Disappeared);
        Assert.All(history.State.Values, p => Assert.Equal(0, p.MissCount));
    }

    [Fact]
    public void Detect_FarFewerThanTheRecentMedian_IsSuspect()
    {
        var history = new History(_detector, _source with { MaxRemovalShare = 1.0 });
        history.Apply(Postings(10));
        var set = history.Apply(Postings(4), recent: [10, 10, 11]);
        Assert.True(set.Suspect);
        Assert.Empty(set.Events);
    }

    [Fact]
    public void Detect_SameRunReprocessedFromTheSameState_YieldsIdenticalEventIds()
    {
        var state = new Dictionary<string, StoredPosting>();
        var run = new ChangeDetectionRun("run-1", true, Now, []);
        var first = _detector.Detect(_source, run, state, [.. Postings(4)]);
        var retry = _detector.Detect(_source, run with { RunId = "run-1-retry" }, state, [.. Postings(4)]);
        Assert.Equal(first.Events.Select(e => e.Id), retry.Events.Select(e => e.Id));
    }

    [Fact]
    public void Detect_DuplicateIdsInOneListing_CountOnce()
    {
        var history = new History(_detector, _source);
        var set = history.Apply(Postings(3).Concat(Postings(3)));
        Assert.Equal(3, set.Events.Count);
    }

    [Fact]
    public void Detect_EditThenEditBack_EmitsTwoDistinctChangedEvents()
    {
        var history = new History(_detector, _source);
        history.Apply(Postings(1));
        history.Apply(Postings(1).Select(p => p with { Title = "Other" }));
        history.Apply(Postings(1));
        var changed = history.Events.Where(e => e.Kind == ChangeKind.Changed).ToList();
        Assert.Equal(2, changed.Count);
        Assert.NotEqual(changed[0].Id, changed[1].Id);
    }
}
