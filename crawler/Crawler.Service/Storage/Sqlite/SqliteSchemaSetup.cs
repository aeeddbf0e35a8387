namespace Crawler.Storage.Sqlite;

/// <summary>
/// Opens the file for the store: creates or upgrades the schema (WAL journal, tables, indexes) for writers, and
/// for a read-only open only checks that the file holds a schema this build understands.
/// </summary>
internal sealed class SqliteSchemaSetup(SqliteDatabase database)
{
    private string Path => database.FullPath;

    public Task InitializeAsync(CancellationToken cancellationToken) =>
        database.ReadOnly ? CheckReadableAsync(cancellationToken) : CreateAsync(cancellationToken);

    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        database.EnsureDirectory();
        var mode = await database.ScalarAsync<string>("enabling WAL journal mode", "PRAGMA journal_mode = WAL;", cancellationToken);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new SqliteStoreException($"SQLite store '{Path}': the file system refused WAL journal mode (got '{mode}').");
        }

        await database.ExecuteInTransactionAsync("creating tables and indexes", async (connection, transaction) =>
        {
            await using var version = connection.CreateCommand();
            version.Transaction = transaction;
            version.CommandText = "PRAGMA user_version;";
            var found = (long)(await version.ExecuteScalarAsync(cancellationToken) ?? 0L);
            if (found > SqliteSchema.Version) throw Newer(found);

            await using var create = connection.CreateCommand();
            create.Transaction = transaction;
            create.CommandText = (found == 1 ? SqliteSchema.MigrateFrom1 : "") + SqliteSchema.Create + RunProgressTable.Create + $"\nPRAGMA user_version = {SqliteSchema.Version};";
            return await create.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Read-only open: the file must exist and hold a schema this build understands; nothing is created.</summary>
    private async Task CheckReadableAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path))
        {
            throw new SqliteStoreException($"SQLite store '{Path}' does not exist: check --db (Storage:Sqlite:Path), or run 'crawler crawl' first to create it.");
        }

        var found = await database.ScalarAsync<long>("reading the schema version", "PRAGMA user_version;", cancellationToken);
        if (found == 0) throw new SqliteStoreException($"SQLite store '{Path}' holds no crawler tables: check --db, or run 'crawler crawl' first.");
        if (found > SqliteSchema.Version) throw Newer(found);
        if (found < SqliteSchema.Version) throw new SqliteStoreException($"SQLite store '{Path}' has schema version {found}, older than this build's {SqliteSchema.Version}: run a writing verb (crawl) once to upgrade it.");
    }

    private SqliteStoreException Newer(long found) =>
        new($"SQLite store '{Path}': schema version {found} is newer than this build understands ({SqliteSchema.Version}).");
}
