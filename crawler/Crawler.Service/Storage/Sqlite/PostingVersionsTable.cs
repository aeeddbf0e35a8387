using Crawler.Model;
using Microsoft.Data.Sqlite;

namespace Crawler.Storage.Sqlite;

/// <summary>
/// The <c>posting_versions</c> table (MongoDB <c>postingVersions</c>): one row per version of a posting's
/// business fields, keyed by posting key and version; <c>fields</c> holds them as JSON.
/// </summary>
internal static class PostingVersionsTable
{
    // A re-applied commit rewrites the same row; a later run of the same version only moves its snapshot on.
    private const string Upsert = """
        INSERT INTO posting_versions (posting_key, version, source_id, valid_from, valid_to, snapshot_id, fields)
        VALUES (@posting_key, @version, @source_id, @valid_from, NULL, @snapshot_id, @fields)
        ON CONFLICT(posting_key, version) DO UPDATE SET
            snapshot_id = COALESCE(excluded.snapshot_id, posting_versions.snapshot_id)
        """;

    private const string Close = """
        UPDATE posting_versions SET valid_to = @valid_to
        WHERE posting_key = @posting_key AND version = @version AND valid_to IS NULL
        """;

    private const string Select = """
        SELECT posting_key, version, source_id, valid_from, valid_to, snapshot_id, fields
        FROM posting_versions WHERE posting_key = @posting_key ORDER BY version
        """;

    /// <summary>Writes the posting's current version and closes the one it replaced.</summary>
    public static async Task WriteAsync(SqliteConnection connection, SqliteTransaction transaction, PostingVersion version, CancellationToken cancellationToken)
    {
        await using (var upsert = connection.CreateCommand())
        {
            upsert.Transaction = transaction;
            upsert.CommandText = Upsert;
            upsert.Bind("@posting_key", version.PostingKey);
            upsert.Bind("@version", version.Version);
            upsert.Bind("@source_id", version.SourceId);
            upsert.Bind("@valid_from", SqliteValues.Time(version.ValidFrom));
            upsert.Bind("@snapshot_id", version.SnapshotId);
            upsert.Bind("@fields", SqliteValues.ToJson(version.Fields));
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        if (version.Version <= 1) return;
        await using var close = connection.CreateCommand();
        close.Transaction = transaction;
        close.CommandText = Close;
        close.Bind("@posting_key", version.PostingKey);
        close.Bind("@version", version.Version - 1);
        close.Bind("@valid_to", SqliteValues.Time(version.ValidFrom));
        await close.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<IReadOnlyList<PostingVersion>> ListAsync(SqliteConnection connection, string postingKey, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Select;
        command.Bind("@posting_key", postingKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new List<PostingVersion>();
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(new PostingVersion
            {
                PostingKey = reader.Text("posting_key"),
                Version = (int)reader.Integer("version"),
                SourceId = reader.Text("source_id"),
                ValidFrom = reader.TimeAt("valid_from"),
                ValidTo = reader.NullableTimeAt("valid_to"),
                SnapshotId = reader.NullableString("snapshot_id"),
                Fields = SqliteValues.FromJson<PostingFields>(reader.Text("fields")),
            });
        }

        return versions;
    }
}
