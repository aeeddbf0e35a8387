using Crawler.Model;
using Microsoft.Data.Sqlite;

namespace Crawler.Storage.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode, tables mirroring the MongoDB collections
/// (see <see cref="SqliteSchema"/>). Safe for several threads and several processes on one file: each
/// operation uses its own connection, SQLite's locks serialise writers, leases are single conditional
/// UPDATEs and a run commit is one transaction. Failures throw <see cref="SqliteStoreException"/>.
/// </summary>
public sealed class SqliteCrawlStore : ICrawlStore
{
    private readonly SqliteDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Prepares the store; nothing touches the disk until <see cref="InitializeAsync"/>.</summary>
    /// <param name="options">Database file and lock wait.</param>
    /// <param name="timeProvider">Stamps source updates and events committed without a time.</param>
    public SqliteCrawlStore(SqliteStoreOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Path);
        _database = new SqliteDatabase(options);
        _time = timeProvider;
    }

    /// <summary>Full path of the database file.</summary>
    public string DatabasePath => _database.FullPath;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_database.ReadOnly)
        {
            await CheckReadableAsync(cancellationToken);
            return;
        }

        _database.EnsureDirectory();
        await _database.ExecuteAsync("enabling WAL journal mode", async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL;";
            var mode = (string?)await command.ExecuteScalarAsync(cancellationToken);
            return string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase)
                ? mode
                : throw new SqliteStoreException($"SQLite store '{DatabasePath}': the file system refused WAL journal mode (got '{mode}').");
        }, cancellationToken);
        await _database.ExecuteInTransactionAsync("creating tables and indexes", async (connection, transaction) =>
        {
            await using var version = connection.CreateCommand();
            version.Transaction = transaction;
            version.CommandText = "PRAGMA user_version;";
            var found = (long)(await version.ExecuteScalarAsync(cancellationToken) ?? 0L);
            if (found > SqliteSchema.Version)
            {
                throw new SqliteStoreException($"SQLite store '{DatabasePath}': schema version {found} is newer than this build understands ({SqliteSchema.Version}).");
            }

            await using var create = connection.CreateCommand();
            create.Transaction = transaction;
            create.CommandText = (found == 1 ? SqliteSchema.MigrateFrom1 : "") + SqliteSchema.Create + RunProgressTable.Create + $"\nPRAGMA user_version = {SqliteSchema.Version};";
            return await create.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Read-only open: the file must exist and hold a schema this build understands; nothing is created.</summary>
    private async Task CheckReadableAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(DatabasePath))
        {
            throw new SqliteStoreException($"SQLite store '{DatabasePath}' does not exist: check --db (Storage:Sqlite:Path), or run 'crawler crawl' first to create it.");
        }

        var found = await _database.ExecuteAsync("reading the schema version", async connection =>
        {
            await using var version = connection.CreateCommand();
            version.CommandText = "PRAGMA user_version;";
            return (long)(await version.ExecuteScalarAsync(cancellationToken) ?? 0L);
        }, cancellationToken);
        if (found == 0) throw new SqliteStoreException($"SQLite store '{DatabasePath}' holds no crawler tables: check --db, or run 'crawler crawl' first.");
        if (found > SqliteSchema.Version) throw new SqliteStoreException($"SQLite store '{DatabasePath}': schema version {found} is newer than this build understands ({SqliteSchema.Version}).");
        if (found < SqliteSchema.Version) throw new SqliteStoreException($"SQLite store '{DatabasePath}' has schema version {found}, older than this build's {SqliteSchema.Version}: run a writing verb (crawl) once to upgrade it.");
    }

    public Task UpsertSourcesAsync(IReadOnlyList<SourceDefinition> sources, CancellationToken cancellationToken) =>
        _database.ExecuteInTransactionAsync("upserting sources", async (connection, transaction) =>
        {
            var now = _time.GetUtcNow();
            foreach (var source in sources)
            {
                await SourcesTable.UpsertAsync(connection, transaction, source, now, cancellationToken);
            }

            return sources.Count;
        }, cancellationToken);

    public Task<IReadOnlyList<SourceState>> ListSourceStatesAsync(CancellationToken cancellationToken) =>
        _database.ExecuteAsync("listing source states", connection => SourcesTable.ListStatesAsync(connection, cancellationToken), cancellationToken);

    public Task<bool> TryAcquireLeaseAsync(string sourceId, string workerId, TimeSpan duration, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        return _database.ExecuteAsync($"acquiring the lease of source '{sourceId}'", connection =>
            SourcesTable.TryAcquireAsync(connection, sourceId, workerId, now + duration, now, cancellationToken), cancellationToken);
    }

    public Task<bool> RenewLeaseAsync(string sourceId, string workerId, TimeSpan duration, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        return _database.ExecuteAsync($"renewing the lease of source '{sourceId}'", connection =>
            SourcesTable.RenewAsync(connection, sourceId, workerId, now + duration, cancellationToken), cancellationToken);
    }

    public Task ReleaseLeaseAsync(string sourceId, string workerId, CancellationToken cancellationToken) =>
        _database.ExecuteAsync($"releasing the lease of source '{sourceId}'", connection =>
            SourcesTable.ReleaseAsync(connection, sourceId, workerId, cancellationToken), cancellationToken);

    public async Task UpdateSourceStateAsync(SourceState state, CancellationToken cancellationToken)
    {
        var updated = await _database.ExecuteAsync($"updating the state of source '{state.SourceId}'", connection =>
            SourcesTable.UpdateStateAsync(connection, state, cancellationToken), cancellationToken);
        if (!updated)
        {
            throw new SqliteStoreException($"SQLite store '{DatabasePath}': source '{state.SourceId}' is not registered; upsert it before updating its state.");
        }
    }

    public Task StartRunAsync(RunRecord run, CancellationToken cancellationToken) =>
        _database.ExecuteAsync($"starting run '{run.Id}'", async connection =>
        {
            await RunsTable.InsertAsync(connection, run, cancellationToken);
            return true;
        }, cancellationToken);

    public Task<int> AbandonStaleRunsAsync(string sourceId, string currentRunId, DateTimeOffset now, CancellationToken cancellationToken) =>
        _database.ExecuteAsync($"abandoning stale runs of source '{sourceId}'", connection =>
            RunsTable.AbandonAsync(connection, sourceId, currentRunId, now, cancellationToken), cancellationToken);

    public Task CommitRunAsync(RunCommit commit, CancellationToken cancellationToken) =>
        _database.ExecuteInTransactionAsync($"committing run '{commit.Run.Id}'", async (connection, transaction) =>
        {
            var now = _time.GetUtcNow();
            await RunsTable.UpsertAsync(connection, transaction, commit.Run, cancellationToken);
            foreach (var posting in commit.Postings)
            {
                await PostingsTable.UpsertAsync(connection, transaction, posting, cancellationToken);
                if (PostingVersion.CurrentOf(posting, commit.Run.StartedAt) is { } version)
                {
                    await PostingVersionsTable.WriteAsync(connection, transaction, version, cancellationToken);
                }
            }

            foreach (var change in commit.Events)
            {
                await EventsTable.InsertAsync(connection, transaction, change, now, cancellationToken);
            }

            return true;
        }, cancellationToken);

    public Task<IReadOnlyList<RunRecord>> ListRunsAsync(string? sourceId, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return _database.ExecuteAsync("listing runs", connection => RunsTable.ListAsync(connection, sourceId, limit, cancellationToken), cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, StoredPosting>> GetPostingsAsync(string sourceId, CancellationToken cancellationToken) =>
        _database.ExecuteAsync($"reading postings of source '{sourceId}'", connection =>
            PostingsTable.ListBySourceAsync(connection, sourceId, cancellationToken), cancellationToken);

    public Task SavePostingsAsync(IReadOnlyList<StoredPosting> postings, CancellationToken cancellationToken) =>
        _database.ExecuteInTransactionAsync($"saving {postings.Count} postings", async (connection, transaction) =>
        {
            foreach (var posting in postings)
            {
                await PostingsTable.UpsertAsync(connection, transaction, posting, cancellationToken);
            }

            return true;
        }, cancellationToken);

    public Task<bool> SnapshotExistsAsync(string snapshotId, CancellationToken cancellationToken) =>
        _database.ExecuteAsync($"looking up snapshot '{snapshotId}'", connection =>
            SnapshotsTable.ExistsAsync(connection, snapshotId, cancellationToken), cancellationToken);

    public Task SaveSnapshotAsync(Snapshot snapshot, CancellationToken cancellationToken) =>
        _database.ExecuteAsync($"saving snapshot '{snapshot.Id}'", async connection =>
        {
            await SnapshotsTable.InsertAsync(connection, snapshot, cancellationToken);
            return true;
        }, cancellationToken);

    public Task<Snapshot?> GetSnapshotAsync(string snapshotId, CancellationToken cancellationToken) =>
        _database.ExecuteAsync($"reading snapshot '{snapshotId}'", connection =>
            SnapshotsTable.FindAsync(connection, snapshotId, cancellationToken), cancellationToken);

    public Task<int> CountSnapshotsAsync(CancellationToken cancellationToken) =>
        _database.ExecuteAsync("counting snapshots", connection => SnapshotsTable.CountAsync(connection, cancellationToken), cancellationToken);

    public Task<IReadOnlyDictionary<string, SnapshotMark>> GetRecentSnapshotsAsync(string sourceId, DateTimeOffset since, CancellationToken cancellationToken) =>
        _database.ExecuteAsync($"reading recent snapshots of '{sourceId}'", connection =>
            SnapshotsTable.LatestPerPostingAsync(connection, sourceId, since, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<PostingVersion>> ListPostingVersionsAsync(string postingKey, CancellationToken cancellationToken) =>
        _database.ExecuteAsync($"reading the versions of posting '{postingKey}'", connection =>
            PostingVersionsTable.ListAsync(connection, postingKey, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<ChangeEvent>> ListEventsAsync(EventQuery query, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Limit);
        return _database.ExecuteAsync("listing events", connection => EventsTable.ListAsync(connection, query, cancellationToken), cancellationToken);
    }

    public Task SaveRunProgressAsync(RunProgress progress, CancellationToken cancellationToken) =>
        _database.ExecuteAsync($"recording the progress of run '{progress.RunId}'", connection =>
            RunProgressTable.UpsertAsync(connection, progress, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<RunProgress>> ListRunProgressAsync(CancellationToken cancellationToken) =>
        _database.ExecuteAsync("listing the progress of running runs", connection => RunProgressTable.ListAsync(connection, cancellationToken), cancellationToken);

    /// <summary>Closes this file's pooled connections; the data stays on disk.</summary>
    public ValueTask DisposeAsync()
    {
        _database.ClearPool();
        return ValueTask.CompletedTask;
    }
}
