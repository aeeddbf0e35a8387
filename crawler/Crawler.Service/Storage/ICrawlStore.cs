namespace Crawler.Storage;

/// <summary>
/// The store contract: SQLite (embedded default) and MongoDB (production) both implement it and pass one
/// contract test suite. It is the sum of one interface per concern (sources, leases, runs, postings,
/// snapshots, the event log); a caller that needs one concern takes that interface. Every method is safe to
/// call from several workers at once; failures throw <see cref="StoreException"/> on every store.
/// </summary>
public interface ICrawlStore : ISourceStore, ILeaseStore, IRunStore, IPostingStore, ISnapshotStore, IEventLog, IAsyncDisposable
{
    /// <summary>Creates tables/collections and indexes; idempotent.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);
}
