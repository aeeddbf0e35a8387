using Crawler.Model;
using Microsoft.Data.Sqlite;

namespace Crawler.Storage.Sqlite;

/// <summary>The <c>snapshots</c> table: one row per distinct rendered page, gzip HTML in a BLOB.</summary>
internal static class SnapshotsTable
{
    private const string InsertOrIgnore = """
        INSERT OR IGNORE INTO snapshots (id, posting_key, url, captured_at, html, text)
        VALUES (@id, @posting_key, @url, @captured_at, @html, @text)
        """;

    private const string SelectById = "SELECT id, posting_key, url, captured_at, html, text FROM snapshots WHERE id = @id";

    private const string Exists = "SELECT EXISTS (SELECT 1 FROM snapshots WHERE id = @id)";

    private const string Count = "SELECT COUNT(*) FROM snapshots";

    // Keys are "{source}:{portal id}": the range [source + ":", source + ";") is exactly the source's keys and uses
    // ix_snapshots_posting. SQLite returns the bare columns of the row that holds MAX(captured_at).
    private const string LatestPerPosting = """
        SELECT posting_key, id, MAX(captured_at) AS captured_at FROM snapshots
        WHERE posting_key >= @from AND posting_key < @to AND captured_at >= @since
        GROUP BY posting_key
        """;

    public static async Task InsertAsync(SqliteConnection connection, Snapshot snapshot, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = InsertOrIgnore;
        command.Bind("@id", snapshot.Id);
        command.Bind("@posting_key", snapshot.PostingKey);
        command.Bind("@url", snapshot.Url);
        command.Bind("@captured_at", SqliteValues.Time(snapshot.CapturedAt));
        command.Parameters.Add("@html", SqliteType.Blob).Value = snapshot.CompressedHtml;
        command.Bind("@text", snapshot.Text);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<Snapshot?> FindAsync(SqliteConnection connection, string id, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = SelectById;
        command.Bind("@id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new Snapshot
        {
            Id = reader.Text("id"),
            PostingKey = reader.Text("posting_key"),
            Url = reader.Text("url"),
            CapturedAt = reader.TimeAt("captured_at"),
            CompressedHtml = reader.GetFieldValue<byte[]>(reader.GetOrdinal("html")),
            Text = reader.Text("text"),
        };
    }

    public static async Task<bool> ExistsAsync(SqliteConnection connection, string id, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Exists;
        command.Bind("@id", id);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) != 0;
    }

    public static async Task<int> CountAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Count;
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<IReadOnlyDictionary<string, SnapshotMark>> LatestPerPostingAsync(
        SqliteConnection connection, string sourceId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = LatestPerPosting;
        command.Bind("@from", sourceId + ":");
        command.Bind("@to", sourceId + ";");
        command.Bind("@since", SqliteValues.Time(since));
        var marks = new Dictionary<string, SnapshotMark>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.Text("posting_key");
            marks[key] = new SnapshotMark(reader.Text("id"), key, reader.TimeAt("captured_at"));
        }

        return marks;
    }
}
