using Crawler.Model;
using Crawler.Storage;

namespace Crawler.Tests.Support;

/// <summary>
/// A store that becomes unreachable for exactly one <see cref="IRunStore.CommitRunAsync"/> once armed, as a
/// database that drops out mid-run and comes back; every other call goes to the real store.
/// </summary>
public sealed class FlakyStore(ICrawlStore inner) : ICrawlStore
{
    private int _armed;

    /// <summary>Commits refused so far.</summary>
    public int Refused { get; private set; }

    /// <summary>The next commit throws; later ones pass.</summary>
    public void FailNextCommit() => Interlocked.Exchange(ref _armed, 1);

    public Task CommitRunAsync(RunCommit commit, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _armed, 0) == 1)
        {
            Refused++;
            throw new IOException("database unreachable (injected by FlakyStore)");
        }

        return inner.CommitRunAsync(commit, cancellationToken);
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);
    public Task UpsertSourcesAsync(IReadOnlyList<SourceDefinition> sources, CancellationToken cancellationToken) => inner.UpsertSourcesAsync(sources, cancellationToken);
    public Task<IReadOnlyList<SourceState>> ListSourceStatesAsync(CancellationToken cancellationToken) => inner.ListSourceStatesAsync(cancellationToken);
    public Task<SourceState?> GetSourceStateAsync(string sourceId, CancellationToken cancellationToken) => inner.GetSourceStateAsync(sourceId, cancellationToken);
    public Task<bool> TryAcquireLeaseAsync(string sourceId, string workerId, TimeSpan duration, DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.TryAcquireLeaseAsync(sourceId, workerId, duration, now, cancellationToken);
    public Task<bool> RenewLeaseAsync(string sourceId, string workerId, TimeSpan duration, DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.RenewLeaseAsync(sourceId, workerId, duration, now, cancellationToken);
    public Task ReleaseLeaseAsync(string sourceId, string workerId, CancellationToken cancellationToken) => inner.ReleaseLeaseAsync(sourceId, workerId, cancellationToken);
    public Task UpdateSourceStateAsync(SourceState state, CancellationToken cancellationToken) => inner.UpdateSourceStateAsync(state, cancellationToken);
    public Task StartRunAsync(RunRecord run, CancellationToken cancellationToken) => inner.StartRunAsync(run, cancellationToken);
    public Task<int> AbandonStaleRunsAsync(string sourceId, string currentRunId, DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.AbandonStaleRunsAsync(sourceId, currentRunId, now, cancellationToken);
    public Task<IReadOnlyList<RunRecord>> ListRunsAsync(string? sourceId, int limit, CancellationToken cancellationToken) => inner.ListRunsAsync(sourceId, limit, cancellationToken);
    public Task<IReadOnlyDictionary<string, StoredPosting>> GetPostingsAsync(string sourceId, CancellationToken cancellationToken) => inner.GetPostingsAsync(sourceId, cancellationToken);
    public Task SavePostingsAsync(IReadOnlyList<StoredPosting> postings, CancellationToken cancellationToken) => inner.SavePostingsAsync(postings, cancellationToken);
    public Task<bool> SnapshotExistsAsync(string snapshotId, CancellationToken cancellationToken) => inner.SnapshotExistsAsync(snapshotId, cancellationToken);
    public Task SaveSnapshotAsync(Snapshot snapshot, CancellationToken cancellationToken) => inner.SaveSnapshotAsync(snapshot, cancellationToken);
    public Task<Snapshot?> GetSnapshotAsync(string snapshotId, CancellationToken cancellationToken) => inner.GetSnapshotAsync(snapshotId, cancellationToken);
    public Task<int> CountSnapshotsAsync(CancellationToken cancellationToken) => inner.CountSnapshotsAsync(cancellationToken);
    public Task<IReadOnlyDictionary<string, SnapshotMark>> GetRecentSnapshotsAsync(string sourceId, DateTimeOffset since, CancellationToken cancellationToken) => inner.GetRecentSnapshotsAsync(sourceId, since, cancellationToken);
    public Task<IReadOnlyList<PostingVersion>> ListPostingVersionsAsync(string postingKey, CancellationToken cancellationToken) => inner.ListPostingVersionsAsync(postingKey, cancellationToken);
    public Task<IReadOnlyList<ChangeEvent>> ListEventsAsync(EventQuery query, CancellationToken cancellationToken) => inner.ListEventsAsync(query, cancellationToken);
    public Task SaveRunProgressAsync(RunProgress progress, CancellationToken cancellationToken) => inner.SaveRunProgressAsync(progress, cancellationToken);
    public Task<IReadOnlyList<RunProgress>> ListRunProgressAsync(CancellationToken cancellationToken) => inner.ListRunProgressAsync(cancellationToken);
    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
