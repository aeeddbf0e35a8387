using Crawler.Model;

namespace Crawler.Storage.Sqlite;

/// <summary>The SQLite store's snapshots, bodies inline in the row (<see cref="SnapshotsTable"/>).</summary>
internal sealed class SqliteSnapshots(SqliteDatabase database) : ISnapshotStore
{
    public Task<bool> SnapshotExistsAsync(string snapshotId, CancellationToken cancellationToken) =>
        database.ExecuteAsync($"looking up snapshot '{snapshotId}'", connection =>
            SnapshotsTable.ExistsAsync(connection, snapshotId, cancellationToken), cancellationToken);

    public Task SaveSnapshotAsync(Snapshot snapshot, CancellationToken cancellationToken) =>
        database.ExecuteAsync($"saving snapshot '{snapshot.Id}'", async connection =>
        {
            await SnapshotsTable.InsertAsync(connection, snapshot, cancellationToken);
            return true;
        }, cancellationToken);

    public Task<Snapshot?> GetSnapshotAsync(string snapshotId, CancellationToken cancellationToken) =>
        database.ExecuteAsync($"reading snapshot '{snapshotId}'", connection =>
            SnapshotsTable.FindAsync(connection, snapshotId, cancellationToken), cancellationToken);

    public Task<int> CountSnapshotsAsync(CancellationToken cancellationToken) =>
        database.ExecuteAsync("counting snapshots", connection => SnapshotsTable.CountAsync(connection, cancellationToken), cancellationToken);

    public Task<IReadOnlyDictionary<string, SnapshotMark>> GetRecentSnapshotsAsync(string sourceId, DateTimeOffset since, CancellationToken cancellationToken) =>
        database.ExecuteAsync($"reading recent snapshots of '{sourceId}'", connection =>
            SnapshotsTable.LatestPerPostingAsync(connection, sourceId, since, cancellationToken), cancellationToken);
}
