using Crawler.Model;

namespace Crawler.Storage.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode, tables mirroring the MongoDB collections
/// (see <see cref="SqliteSchema"/>). Safe for several threads and several processes on one file: each
/// operation uses its own connection, SQLite's locks serialise writers, leases are single conditional
/// UPDATEs and a run commit is one transaction. Failures throw <see cref="SqliteStoreException"/> (a
/// <see cref="StoreException"/>). Each concern lives in its own collaborator; this type only joins them.
/// </summary>
public sealed class SqliteCrawlStore : ICrawlStore
{
    private readonly SqliteDatabase _database;
    private readonly SqliteSchemaSetup _schema;
    private readonly SqliteSources _sources;
    private readonly SqliteLeases _leases;
    private readonly SqliteRuns _runs;
    private readonly SqlitePostings _postings;
    private readonly SqliteSnapshots _snapshots;

    /// <summary>Prepares the store; nothing touches the disk until <see cref="InitializeAsync"/>.</summary>
    /// <param name="options">Database file and lock wait.</param>
    /// <param name="timeProvider">Stamps source updates and events committed without a time.</param>
    public SqliteCrawlStore(SqliteStoreOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Path);
        _database = new SqliteDatabase(options);
        _schema = new SqliteSchemaSetup(_database);
        _sources = new SqliteSources(_database, timeProvider);
        _leases = new SqliteLeases(_database);
        _runs = new SqliteRuns(_database, timeProvider);
        _postings = new SqlitePostings(_database);
        _snapshots = new SqliteSnapshots(_database);
    }

    /// <summary>Full path of the database file.</summary>
    public string DatabasePath => _database.FullPath;

    public Task InitializeAsync(CancellationToken cancellationToken) => _schema.InitializeAsync(cancellationToken);

    public Task UpsertSourcesAsync(IReadOnlyList<SourceDefinition> sources, CancellationToken cancellationToken) =>
        _sources.UpsertSourcesAsync(sources, cancellationToken);

    public Task<IReadOnlyList<SourceState>> ListSourceStatesAsync(CancellationToken cancellationToken) =>
        _sources.ListSourceStatesAsync(cancellationToken);

    public Task<SourceState?> GetSourceStateAsync(string sourceId, CancellationToken cancellationToken) =>
        _sources.GetSourceStateAsync(sourceId, cancellationToken);

    public Task UpdateSourceStateAsync(SourceState state, CancellationToken cancellationToken) =>
        _sources.UpdateSourceStateAsync(state, cancellationToken);

    public Task<bool> TryAcquireLeaseAsync(string sourceId, string workerId, TimeSpan duration, DateTimeOffset now, CancellationToken cancellationToken) =>
        _leases.TryAcquireLeaseAsync(sourceId, workerId, duration, now, cancellationToken);

    public Task<bool> RenewLeaseAsync(string sourceId, string workerId, TimeSpan duration, DateTimeOffset now, CancellationToken cancellationToken) =>
        _leases.RenewLeaseAsync(sourceId, workerId, duration, now, cancellationToken);

    public Task ReleaseLeaseAsync(string sourceId, string workerId, CancellationToken cancellationToken) =>
        _leases.ReleaseLeaseAsync(sourceId, workerId, cancellationToken);

    public Task StartRunAsync(RunRecord run, CancellationToken cancellationToken) => _runs.StartRunAsync(run, cancellationToken);

    public Task<int> AbandonStaleRunsAsync(string sourceId, string currentRunId, DateTimeOffset now, CancellationToken cancellationToken) =>
        _runs.AbandonStaleRunsAsync(sourceId, currentRunId, now, cancellationToken);

    public Task CommitRunAsync(RunCommit commit, CancellationToken cancellationToken) => _runs.CommitRunAsync(commit, cancellationToken);

    public Task<IReadOnlyList<RunRecord>> ListRunsAsync(string? sourceId, int limit, CancellationToken cancellationToken) =>
        _runs.ListRunsAsync(sourceId, limit, cancellationToken);

    public Task<IReadOnlyDictionary<string, StoredPosting>> GetPostingsAsync(string sourceId, CancellationToken cancellationToken) =>
        _postings.GetPostingsAsync(sourceId, cancellationToken);

    public Task SavePostingsAsync(IReadOnlyList<StoredPosting> postings, CancellationToken cancellationToken) =>
        _postings.SavePostingsAsync(postings, cancellationToken);

    public Task<IReadOnlyDictionary<string, SnapshotMark>> GetRecentSnapshotsAsync(string sourceId, DateTimeOffset since, CancellationToken cancellationToken) =>
        _snapshots.GetRecentSnapshotsAsync(sourceId, since, cancellationToken);

    public Task<IReadOnlyList<PostingVersion>> ListPostingVersionsAsync(string postingKey, CancellationToken cancellationToken) =>
        _postings.ListPostingVersionsAsync(postingKey, cancellationToken);

    public Task<bool> SnapshotExistsAsync(string snapshotId, CancellationToken cancellationToken) =>
        _snapshots.SnapshotExistsAsync(snapshotId, cancellationToken);

    public Task SaveSnapshotAsync(Snapshot snapshot, CancellationToken cancellationToken) => _snapshots.SaveSnapshotAsync(snapshot, cancellationToken);

    public Task<Snapshot?> GetSnapshotAsync(string snapshotId, CancellationToken cancellationToken) =>
        _snapshots.GetSnapshotAsync(snapshotId, cancellationToken);

    public Task<int> CountSnapshotsAsync(CancellationToken cancellationToken) => _snapshots.CountSnapshotsAsync(cancellationToken);

    public Task<IReadOnlyList<ChangeEvent>> ListEventsAsync(EventQuery query, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Limit);
        return _database.ExecuteAsync("listing events", connection => EventsTable.ListAsync(connection, query, cancellationToken), cancellationToken);
    }

    public Task SaveRunProgressAsync(RunProgress progress, CancellationToken cancellationToken) => _runs.SaveRunProgressAsync(progress, cancellationToken);

    public Task<IReadOnlyList<RunProgress>> ListRunProgressAsync(CancellationToken cancellationToken) => _runs.ListRunProgressAsync(cancellationToken);

    /// <summary>Closes this file's pooled connections; the data stays on disk.</summary>
    public ValueTask DisposeAsync()
    {
        _database.ClearPool();
        return ValueTask.CompletedTask;
    }
}
