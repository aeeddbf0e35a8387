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

    private static async Task WriteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, RunRecord run, CancellationToken cancellationToken)
    {
        await SqliteCommands.ExecuteAsync(connection, transaction, sql, cancellationToken,
            ("@id", run.Id),
            ("@source_id", run.SourceId),
            ("@worker_id", run.WorkerId),
            ("@started_at", SqliteValues.Time(run.StartedAt)),
            ("@finished_at", SqliteValues.Time(run.FinishedAt)),
            ("@status", SqliteValues.Word(run.Status)),
            ("@pages", run.Pages),
            ("@seen", run.Seen),
            ("@new", run.New),
            ("@changed", run.Changed),
            ("@gone", run.Gone),
            ("@snapshots", run.Snapshots),
            ("@suspect", run.Suspect),
            ("@errors", SqliteValues.ToJson(run.Errors)),
            ("@evidence", run.Evidence is null ? null : SqliteValues.ToJson(run.Evidence)));
    }

    private static RunRecord Read(SqliteDataReader reader) => new()
    {
        Id = reader.Text("id"),
        SourceId = reader.Text("source_id"),
        WorkerId = reader.Text("worker_id"),
        StartedAt = reader.TimeAt("started_at"),
        FinishedAt = reader.NullableTimeAt("finished_at"),
        Status = SqliteValues.ParseWord<RunStatus>(reader.Text("status")),
        Pages = (int)reader.Integer("pages"),
        Seen = (int)reader.Integer("seen"),
        New = (int)reader.Integer("new"),
        Changed = (int)reader.Integer("changed"),
        Gone = (int)reader.Integer("gone"),
        Snapshots = (int)reader.Integer("snapshots"),
        Suspect = reader.Integer("suspect") != 0,
        Errors = SqliteValues.FromJson<List<string>>(reader.Text("errors")),
        Evidence = reader.NullableString("evidence") is { } evidence ? SqliteValues.FromJson<CompletenessEvidence>(evidence) : null,
    };
}
