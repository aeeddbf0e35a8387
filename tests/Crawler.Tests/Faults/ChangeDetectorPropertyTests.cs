using Crawler.Changes;
using Crawler.Model;
using Crawler.Tests.Support;
using Xunit.Abstractions;

namespace Crawler.Tests.Faults;

/// <summary>
/// Property-style: seeded random sequences of run outcomes (complete, partial, failed, abandoned) and portal
/// mutations fed to <see cref="ChangeDetector"/>, checking the invariants users rely on after every run.
/// </summary>
public sealed class ChangeDetectorPropertyTests(ITestOutputHelper output)
{
    private const int Sequences = 300;
    private const int RunsPerSequence = 30;
    private static readonly SourceDefinition Source = new()
    {
        Id = "prop", Company = "PropCo", Platform = "atsx", EntryUrl = new Uri("https://jobs.example.com/position"), MissesBeforeGone = 2,
    };

    private enum Outcome { Complete, Partial, Failed, Abandoned }

    [Fact]
    public void Detect_RandomOutcomesAndMutations_KeepsEveryEventInvariant()
    {
        var tally = new FaultTally(output);
        var detector = new ChangeDetector();
        for (var seed = 1; seed <= Sequences; seed++)
        {
            var random = new Random(seed);
            var portal = Enumerable.Range(0, random.Next(5, 40)).ToDictionary(i => Id(seed, i), i => Posting(Id(seed, i), 0));
            var next = portal.Count;
            var state = new Dictionary<string, StoredPosting>(StringComparer.Ordinal);
            var eventIds = new HashSet<string>(StringComparer.Ordinal);
            var lastKind = new Dictionary<string, ChangeKind>(StringComparer.Ordinal);
            var misses = new Dictionary<string, int>(StringComparer.Ordinal); // consecutive complete runs missing the key
            var recent = new List<int>();
            for (var run = 0; run < RunsPerSequence; run++)
            {
                Mutate(random, portal, seed, ref next);
                var outcome = (Outcome)random.Next(4);
                tally.Runs++;
                if (outcome is Outcome.Failed or Outcome.Abandoned)
                {
                    tally.Faults++;
                    continue; // nothing reaches change detection: the state must be untouched, which it is by construction
                }

                var complete = outcome == Outcome.Complete;
                if (!complete) tally.Faults++;
                var observed = complete ? portal.Values.ToList() : portal.Values.Where(_ => random.NextDouble() < 0.6).ToList();
                var detection = new ChangeDetectionRun($"r{seed}-{run}", complete, DateTimeOffset.UnixEpoch.AddHours(run), [.. recent]);
                var changes = detector.Detect(Source, detection, state, observed);
                var replay = detector.Detect(Source, detection, state, observed);

                // Replaying a run (a crash before its commit) yields the very same events and postings.
                Assert.Equal(changes.Events.Select(e => e.Id), replay.Events.Select(e => e.Id));
                Assert.Equal(changes.Postings, replay.Postings);

                var seen = observed.Select(p => ChangeDetector.PostingKey(Source.Id, p.PortalId)).ToHashSet(StringComparer.Ordinal);
                foreach (var key in state.Keys.Where(k => state[k].Status == PostingStatus.Active))
                {
                    misses[key] = seen.Contains(key) ? 0 : complete ? misses.GetValueOrDefault(key) + 1 : misses.GetValueOrDefault(key);
                }

                foreach (var key in seen) misses[key] = 0;
                foreach (var e in changes.Events)
                {
                    tally.EventsChecked++;
                    var ok = eventIds.Add(e.Id)
                             && !(e.Kind == ChangeKind.Appeared && lastKind.ContainsKey(e.PostingKey))
                             && !(e.Kind == ChangeKind.Disappeared && (!complete || misses[e.PostingKey] < Source.MissesBeforeGone))
                             && !(e.Kind == ChangeKind.Reappeared && lastKind.GetValueOrDefault(e.PostingKey) != ChangeKind.Disappeared);
                    if (!ok) tally.FalseEvents++;
                    Assert.True(ok, $"seed {seed} run {run} ({outcome}): {e.Kind} {e.PostingKey} after {lastKind.GetValueOrDefault(e.PostingKey)}, misses {misses.GetValueOrDefault(e.PostingKey)}");
                    lastKind[e.PostingKey] = e.Kind;
                }

                // Applying the commit twice leaves the same state as applying it once (upserts by key, events by id).
                var once = Apply(state, changes);
                Assert.Equal(once.OrderBy(p => p.Key).ToList(), Apply(once, changes).OrderBy(p => p.Key).ToList());
                state = once;
                if (complete) recent.Add(observed.Count);

                // Nothing active is lost: every posting on the portal that a complete run saw is active afterwards.
                if (complete) Assert.All(portal.Keys, id => Assert.Equal(PostingStatus.Active, state[ChangeDetector.PostingKey(Source.Id, id)].Status));
            }
        }

        Assert.Equal(0, tally.FalseEvents);
        Assert.True(tally.EventsChecked > 10_000, $"only {tally.EventsChecked} events were checked");
        tally.Report(nameof(Detect_RandomOutcomesAndMutations_KeepsEveryEventInvariant));
    }

    private static Dictionary<string, StoredPosting> Apply(Dictionary<string, StoredPosting> state, ChangeSet changes)
    {
        var next = new Dictionary<string, StoredPosting>(state, StringComparer.Ordinal);
        foreach (var posting in changes.Postings) next[posting.Key] = posting;
        return next;
    }

    private static void Mutate(Random random, Dictionary<string, ObservedPosting> portal, int seed, ref int next)
    {
        for (var i = random.Next(3); i > 0; i--)
        {
            var id = Id(seed, next++);
            portal[id] = Posting(id, 0);
        }

        foreach (var id in portal.Keys.Where(_ => random.NextDouble() < 0.05).ToList()) portal.Remove(id);
        // Now and then a closed posting is opened again under its old id (a reappearance).
        if (random.NextDouble() < 0.2 && next > 0)
        {
            var old = Id(seed, random.Next(next));
            portal.TryAdd(old, Posting(old, 0));
        }

        foreach (var id in portal.Keys.Where(_ => random.NextDouble() < 0.05).ToList()) portal[id] = Posting(id, random.Next(1, 1000));
    }

    private static string Id(int seed, int i) => $"{seed}-{i}";

    private static ObservedPosting Posting(string id, int version) =>
        StoreTestData.Observed(id, version == 0 ? "算法工程师 " + id : $"算法工程师 {id} v{version}");
}
