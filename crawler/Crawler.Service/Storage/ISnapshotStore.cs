using Crawler.Model;

namespace Crawler.Storage;

/// <summary>Rendered detail pages, content-addressed: the same page is stored once.</summary>
public interface ISnapshotStore
{
    Task<bool> SnapshotExistsAsync(string snapshotId, CancellationToken cancellationToken);

    /// <summary>Stores a snapshot unless one with the same id exists.</summary>
    Task SaveSnapshotAsync(Snapshot snapshot, CancellationToken cancellationToken);

    Task<Snapshot?> GetSnapshotAsync(string snapshotId, CancellationToken cancellationToken);

    Task<int> CountSnapshotsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The latest snapshot of each posting of <paramref name="sourceId"/> captured at or after <paramref name="since"/>,
    /// keyed by posting key, without bodies. A rerun after an interrupted run skips the details that run already stored.
    /// </summary>
    Task<IReadOnlyDictionary<string, SnapshotMark>> GetRecentSnapshotsAsync(string sourceId, DateTimeOffset since, CancellationToken cancellationToken);
}
