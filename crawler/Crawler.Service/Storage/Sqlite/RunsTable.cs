using Crawler.Model;
using Microsoft.Data.Sqlite;

namespace Crawler.Storage.Sqlite;

/// <summary>The <c>runs</c> table: one row per crawl of a source.</summary>
internal static class RunsTable
{
    private const string Columns = """
        id, source_id, worker_id, started_at, finished_at, status, pages, seen, "new", changed, gone, snapshots,
        suspect, errors, evidence
        """;

    private const string Values = """
        @id, @source_id, @worker_id, @started_at, @finished_at, @status, @pages, @seen, @new, @changed, @gone,
        @snapshots, @suspect, @errors, @evidence
        """;

    private const string Insert = "INSERT INTO runs (" + Columns + ") VALUES (" + Values + ")";

    // A commit may arrive for a run whose start was never recorded (or is re-applied): upsert the row.
    private const string Upsert = Insert + """
         ON CONFLICT(id) DO UPDATE SET
            source_id = excluded.source_id, worker_id = excluded.worker_id, started_at = excluded.started_at,
            finished_at = excluded.finished_at, status = excluded.status, pages = excluded.pages, seen = excluded.seen,
            "new" = excluded."new", changed = excluded.changed, gone = excluded.gone, snapshots = excluded.snapshots,
            suspect = excluded.suspect, errors = excluded.errors, evidence = excluded.evidence
        """;

    private const string Abandon = """
        UPDATE runs SET status = 'abandoned', finished_at = @now
        WHERE source_id = @source_id AND status = 'running' AND id <> @current
        """;

    private const string Select = "SELECT " + Columns + """
         FROM runs WHERE (@source_id IS NULL OR source_id = @source_id)
        ORDER BY started_at DESC, id DESC LIMIT @limit
        """;

    public static Task InsertAsync(SqliteConnection connection, RunRecord run, CancellationToken cancellationToken) =>
        WriteAsync(connection, null, Insert, run, cancellationToken);

    public static Task UpsertAsync(SqliteConnection connection, SqliteTransaction transaction, RunRecord run, CancellationToken cancellationToken) =>
        WriteAsync(connection, transaction, Upsert, run, cancellationToken);

    public static Task<int> AbandonAsync(SqliteConnection connection, string sourceId, string currentRunId, DateTimeOffset now, CancellationToken cancellationToken) =>
        SqliteCommands.ExecuteAsync(connection, null, Abandon, cancellationToken, ("@source_id", sourceId), ("@current", currentRunId), ("@now", SqliteValues.Time(now)));

    public static async Task<IReadOnlyList<RunRecord>> ListAsync(SqliteConnection connection, string? sourceId, int limit, CancellationToken cancellationToken) =>
        await SqliteCommands.QueryAsync(connection, Select, Read, cancellationToken, ("@source_id", sourceId), ("@limit", limit));

    private static Task WriteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, RunRecord run, CancellationToken cancellationToken) =>
        SqliteCommands.ExecuteAsync(connection, transaction, sql, cancellationToken, SqliteRecordColumns<RunRecord>.Parameters(run));

    private static RunRecord Read(SqliteDataReader reader) => SqliteRecordColumns<RunRecord>.Read(reader);
}
