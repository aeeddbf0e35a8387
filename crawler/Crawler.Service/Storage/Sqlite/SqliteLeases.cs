namespace Crawler.Storage.Sqlite;

/// <summary>Leases as columns of the <c>sources</c> row, each claim a single conditional UPDATE (<see cref="SourcesTable"/>).</summary>
internal sealed class SqliteLeases(SqliteDatabase database) : ILeaseStore
{
    public Task<bool> TryAcquireLeaseAsync(string sourceId, string workerId, TimeSpan duration, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        return database.ExecuteAsync($"acquiring the lease of source '{sourceId}'", connection =>
            SourcesTable.TryAcquireAsync(connection, sourceId, workerId, now + duration, now, cancellationToken), cancellationToken);
    }

    public Task<bool> RenewLeaseAsync(string sourceId, string workerId, TimeSpan duration, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        return database.ExecuteAsync($"renewing the lease of source '{sourceId}'", connection =>
            SourcesTable.RenewAsync(connection, sourceId, workerId, now + duration, cancellationToken), cancellationToken);
    }

    public Task ReleaseLeaseAsync(string sourceId, string workerId, CancellationToken cancellationToken) =>
        database.ExecuteAsync($"releasing the lease of source '{sourceId}'", connection =>
            SourcesTable.ReleaseAsync(connection, sourceId, workerId, cancellationToken), cancellationToken);
}
