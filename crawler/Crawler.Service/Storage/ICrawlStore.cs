using Crawler.Model;

namespace Crawler.Storage;

/// <summary>
/// The store contract: SQLite (embedded default) and MongoDB (production) both implement it and pass one
/// contract test suite. Every method is safe to call from several workers at once.
/// </summary>
public interface ICrawlStore : IAsyncDisposable
{
    /// <summary>Creates tables/collections and indexes; idempotent.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Registers or updates configured sources; keeps their state.</summary>
    Task UpsertSourcesAsync(IReadOnlyList<SourceDefinition> sources, CancellationToken cancellationToken);

    Task<IReadOnlyList<SourceState>> ListSourceStatesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Claims a source for <paramref name="duration"/> when it is free or its lease expired.
    /// Returns false when another worker holds it.
    /// </summary>
    Task<bool> TryAcquireLeaseAsync(string sourceId, string workerId, TimeSpan duration, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Extends a lease this worker holds; false when it was lost.</summary>
    Task<bool> RenewLeaseAsync(string sourceId, string workerId, TimeSpan duration, DateTimeOffset now, CancellationToken cancellationToken);

    Task ReleaseLeaseAsync(string sourceId, string workerId, CancellationToken cancellationToken);

    /// <summary>Updates scheduling and health state (failures, quarantine, next due).</summary>
    Task UpdateSourceStateAsync(SourceState state, CancellationToken cancellationToken);

    /// <summary>Records a run as started (status running).</summary>
    Task StartRunAsync(RunRecord run, CancellationToken cancellationToken);

    /// <summary>Marks runs of the source still "running" and not the given run as abandoned; returns how many.</summary>
    Task<int> AbandonStaleRunsAsync(string sourceId, string currentRunId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the finished run, its posting changes, events and the postings' current versions (closing the
    /// version each one replaces). Re-applying the same commit changes nothing.
    /// </summary>
    Task CommitRunAsync(RunCommit commit, CancellationToken cancellationToken);

    Task<IReadOnlyList<RunRecord>> ListRunsAsync(string? sourceId, int limit, CancellationToken cancellationToken);

    /// <summary>All postings of a source (active and gone), keyed by posting key.</summary>
    Task<IReadOnlyDictionary<string, StoredPosting>> GetPostingsAsync(string sourceId, CancellationToken cancellationToken);

    /// <summary>
    /// Rewrites postings outside a run, e.g. derived fields recomputed after a rules change. Emits no events
    /// and records no run.
    /// </summary>
    Task SavePostingsAsync(IReadOnlyList<StoredPosting> postings, CancellationToken cancellationToken);

    Task<bool> SnapshotExistsAsync(string snapshotId, CancellationToken cancellationToken);

    /// <summary>Stores a snapshot unless one with the same id exists.</summary>
    Task SaveSnapshotAsync(Snapshot snapshot, CancellationToken cancellationToken);

    Task<Snapshot?> GetSnapshotAsync(string snapshotId, CancellationToken cancellationToken);

    Task<int> CountSnapshotsAsync(CancellationToken cancellationToken);

    /// <summary>Every stored version of a posting's business fields, oldest first; empty for an unknown key.</summary>
    Task<IReadOnlyList<PostingVersion>> ListPostingVersionsAsync(string postingKey, CancellationToken cancellationToken);

    /// <summary>Events in sequence order, filtered.</summary>
    Task<IReadOnlyList<ChangeEvent>> ListEventsAsync(EventQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// The latest snapshot of each posting of <paramref name="sourceId"/> captured at or after <paramref name="since"/>,
    /// keyed by posting key, without bodies. A rerun after an interrupted run skips the details that run already stored.
    /// </summary>
    Task<IReadOnlyDictionary<string, SnapshotMark>> GetRecentSnapshotsAsync(string sourceId, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>
    /// Records how far a running run has got (phase, done/total, since), so another process can show it; a no-op
    /// once the run is no longer running. The latest call per source wins.
    /// </summary>
    Task SaveRunProgressAsync(RunProgress progress, CancellationToken cancellationToken);

    /// <summary>The last recorded progress of every run still running.</summary>
    Task<IReadOnlyList<RunProgress>> ListRunProgressAsync(CancellationToken cancellationToken);
}
