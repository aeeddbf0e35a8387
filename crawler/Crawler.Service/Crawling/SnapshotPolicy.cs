using Crawler.Changes;
using Crawler.Model;
using Crawler.Snapshots;
using Crawler.Storage;

namespace Crawler.Crawling;

/// <summary>
/// Which postings get their detail rendered, and what a render's outcome leaves on the posting. A posting whose
/// detail keeps failing is tried again at most <see cref="DetailOptions.RetriesPerDay"/> times a day, not on every
/// run; its failure count, time and reason are stored with it.
/// </summary>
public static class SnapshotPolicy
{
    /// <summary>New or changed postings, missing or old snapshots, unless the detail failed too recently.</summary>
    public static bool NeedsSnapshot(SourceDefinition source, StoredPosting? before, ObservedPosting posting, DateTimeOffset now, DetailOptions options)
    {
        if (before is null) return true;
        if (before.DetailFailures > 0 && before.DetailFailedAt is { } failedAt && now - failedAt < TimeSpan.FromDays(1) / options.RetriesPerDay) return false;
        return before.SnapshotId is null || before.Status == PostingStatus.Gone ||
               before.ContentHash != ContentHasher.Business(posting) ||
               before.SnapshotAt is not { } at || now - at > source.SnapshotMaxAge;
    }

    /// <summary>The posting as it is committed after this run's render (or none).</summary>
    public static StoredPosting Apply(StoredPosting posting, SnapshotMark? snapshot, DetailRenderResult? outcome, DateTimeOffset now)
    {
        if (snapshot is not null)
            return posting with { SnapshotId = snapshot.Id, SnapshotAt = snapshot.CapturedAt, DetailFailures = 0, DetailFailedAt = null, DetailError = null };
        if (outcome is null || outcome.Page is not null) return posting;
        return outcome.Attempted
            ? posting with { DetailFailures = posting.DetailFailures + 1, DetailFailedAt = now, DetailError = outcome.Error }
            : posting with { DetailError = outcome.Error };
    }
}
