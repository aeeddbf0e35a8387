using Crawler.Model;

namespace Crawler.Storage.Sqlite;

/// <summary>The SQLite store's sources and their shared state (<see cref="SourcesTable"/>).</summary>
internal sealed class SqliteSources(SqliteDatabase database, TimeProvider time) : ISourceStore
{
    public Task UpsertSourcesAsync(IReadOnlyList<SourceDefinition> sources, CancellationToken cancellationToken) =>
        database.ExecuteInTransactionAsync("upserting sources", async (connection, transaction) =>
        {
            var now = time.GetUtcNow();
            foreach (var source in sources)
            {
                await SourcesTable.UpsertAsync(connection, transaction, source, now, cancellationToken);
            }

            return sources.Count;
        }, cancellationToken);

    public Task<IReadOnlyList<SourceState>> ListSourceStatesAsync(CancellationToken cancellationToken) =>
        database.ExecuteAsync("listing source states", connection => SourcesTable.ListStatesAsync(connection, cancellationToken), cancellationToken);

    public Task<SourceState?> GetSourceStateAsync(string sourceId, CancellationToken cancellationToken) =>
        database.ExecuteAsync($"reading the state of source '{sourceId}'", connection =>
            SourcesTable.GetStateAsync(connection, sourceId, cancellationToken), cancellationToken);

    public async Task UpdateSourceStateAsync(SourceState state, CancellationToken cancellationToken)
    {
        var updated = await database.ExecuteAsync($"updating the state of source '{state.SourceId}'", connection =>
            SourcesTable.UpdateStateAsync(connection, state, cancellationToken), cancellationToken);
        if (!updated) throw new SourceNotRegisteredException($"SQLite store '{database.FullPath}'", state.SourceId);
    }
}
