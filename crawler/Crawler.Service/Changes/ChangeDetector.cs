using Crawler.Model;
using Crawler.Storage;

namespace Crawler.Changes;

/// <summary>
/// Turns one run's observations into posting updates and events, as the design defines them:
/// appeared (a key never seen), changed (business hash differs), reappeared (a gone key seen again),
/// disappeared (missing from <see cref="SourceDefinition.MissesBeforeGone"/> consecutive complete runs, unless
/// the run is suspect). Pure: the same inputs always give the same output.
/// </summary>
public sealed class ChangeDetector
{
    /// <summary>A run seeing fewer than this share of the median of recent complete runs is suspect.</summary>
    public const double MedianFloor = 0.5;

    public ChangeSet Detect(
        SourceDefinition source,
        ChangeDetectionRun run,
        IReadOnlyDictionary<string, StoredPosting> previous,
        IReadOnlyList<ObservedPosting> observed)
    {
        var postings = new List<StoredPosting>();
        var events = new List<ChangeEvent>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int created = 0, changed = 0, reappeared = 0;

        foreach (var posting in observed)
        {
            var key = PostingKey(source.Id, posting.PortalId);
            if (!seen.Add(key)) continue;
            var hash = ContentHasher.Business(posting);
            var payloadHash = ContentHasher.Sha256(posting.RawJson);
            if (!previous.TryGetValue(key, out var before))
            {
                created++;
                var fresh = new StoredPosting
                {
                    Key = key, SourceId = source.Id, Company = source.Company, Posting = posting,
                    Status = PostingStatus.Active, FirstSeen = run.Now, LastSeen = run.Now,
                    ContentHash = hash, PayloadHash = payloadHash, EventCount = 1, Version = 1, VersionFrom = run.Now,
                };
                events.Add(Event(fresh, ChangeKind.Appeared, 0, run, []));
                postings.Add(fresh);
                continue;
            }

            var edits = hash == before.ContentHash ? [] : FieldChanges.Between(before.Posting, posting);
            var kind = before.Status == PostingStatus.Gone ? ChangeKind.Reappeared
                : edits.Count > 0 ? ChangeKind.Changed : (ChangeKind?)null;
            // A new version when the business fields changed; a posting stored before history was kept starts at 1.
            var newVersion = edits.Count > 0 || before.Version == 0;
            var updated = before with
            {
                Company = source.Company, Posting = posting, Status = PostingStatus.Active, LastSeen = run.Now,
                MissCount = 0, ContentHash = hash, PayloadHash = payloadHash,
                EventCount = before.EventCount + (kind is null ? 0 : 1),
                Version = newVersion ? before.Version + 1 : before.Version,
                VersionFrom = newVersion ? run.Now : before.VersionFrom,
            };
            if (kind is { } k)
            {
                events.Add(Event(updated, k, before.EventCount, run, edits));
                if (k == ChangeKind.Reappeared) reappeared++;
                else changed++;
            }

            // Written even when unchanged: last-seen and the miss count move on with every sighting.
            postings.Add(updated);
        }

        var (gone, suspectReason) = run.Complete
            ? Removals(source, run, previous, seen, observed.Count, postings, events)
            : (0, null);

        return new ChangeSet
        {
            Postings = postings, Events = events, New = created, Changed = changed, Gone = gone,
            Reappeared = reappeared, Suspect = suspectReason is not null, SuspectReason = suspectReason,
        };
    }

    private static (int Gone, string? SuspectReason) Removals(
        SourceDefinition source, ChangeDetectionRun run, IReadOnlyDictionary<string, StoredPosting> previous,
        HashSet<string> seen, int observedCount, List<StoredPosting> postings, List<ChangeEvent> events)
    {
        var active = previous.Values.Where(p => p.Status == PostingStatus.Active).ToList();
        var missing = active.Where(p => !seen.Contains(p.Key)).ToList();
        if (missing.Count == 0) return (0, null);

        // A portal hiccup that hides a large share of a source must never reach users as removals.
        if (active.Count > 0 && (double)missing.Count / active.Count > source.MaxRemovalShare)
        {
            return (0, $"{missing.Count} of {active.Count} active postings missing (limit {source.MaxRemovalShare:P0})");
        }

        if (run.RecentCompleteSeen.Count > 0)
        {
            var median = Median(run.RecentCompleteSeen);
            if (observedCount < median * MedianFloor)
            {
                return (0, $"saw {observedCount} postings, under half the median {median} of recent complete runs");
            }
        }

        var gone = 0;
        foreach (var posting in missing)
        {
            var misses = posting.MissCount + 1;
            if (misses < source.MissesBeforeGone)
            {
                postings.Add(posting with { MissCount = misses });
                continue;
            }

            var removed = posting with { MissCount = misses, Status = PostingStatus.Gone, EventCount = posting.EventCount + 1 };
            events.Add(Event(removed, ChangeKind.Disappeared, posting.EventCount, run, []));
            postings.Add(removed);
            gone++;
        }

        return (gone, null);
    }

    /// <summary>The posting key: source id and the portal's own id.</summary>
    public static string PostingKey(string sourceId, string portalId) => sourceId + ":" + portalId;

    private static ChangeEvent Event(StoredPosting posting, ChangeKind kind, int eventCountBefore, ChangeDetectionRun run, IReadOnlyList<FieldChange> changes) =>
        new()
        {
            Id = EventIds.For(posting.Key, eventCountBefore, kind),
            Kind = kind,
            PostingKey = posting.Key,
            SourceId = posting.SourceId,
            Company = posting.Company,
            Title = posting.Posting.Title,
            Cities = posting.Posting.Cities,
            Url = posting.Posting.Url,
            RunId = run.RunId,
            ChangedFields = [.. changes.Select(c => c.Field)],
            Changes = changes,
            CreatedAt = run.Now,
        };

    private static double Median(IReadOnlyList<int> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
