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
        await SqliteCommands.ExecuteAsync(connection, transaction, Upsert, cancellationToken, SqliteRecordColumns<PostingVersion>.Parameters(version));
        if (version.Version <= 1) return;
        await SqliteCommands.ExecuteAsync(connection, transaction, Close, cancellationToken,
            ("@posting_key", version.PostingKey), ("@version", version.Version - 1), ("@valid_to", SqliteValues.Time(version.ValidFrom)));
    }

    public static async Task<IReadOnlyList<PostingVersion>> ListAsync(SqliteConnection connection, string postingKey, CancellationToken cancellationToken) =>
        await SqliteCommands.QueryAsync(connection, Select, Read, cancellationToken, ("@posting_key", postingKey));

    private static PostingVersion Read(SqliteDataReader reader) => SqliteRecordColumns<PostingVersion>.Read(reader);
}
