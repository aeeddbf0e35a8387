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
}
