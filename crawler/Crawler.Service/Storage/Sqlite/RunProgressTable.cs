using Crawler.Model;
using Microsoft.Data.Sqlite;

namespace Crawler.Storage.Sqlite;

/// <summary>
/// The <c>run_progress</c> table: the latest progress of each source's current run (one row per source, replaced by
/// its next run), read only while that run's row in <c>runs</c> says running. A table of its own, so the frequent
/// progress writes never touch a run's record and need no schema migration (it is created with the others).
/// </summary>
internal static class RunProgressTable
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS run_progress (
            source_id TEXT PRIMARY KEY,
            run_id TEXT NOT NULL,
            worker_id TEXT NOT NULL,
            phase TEXT NOT NULL,
            done INTEGER NOT NULL,
            total INTEGER,
            failed INTEGER NOT NULL,
            started_at TEXT NOT NULL,
            phase_since TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        """;

    private const string Columns = "source_id, run_id, worker_id, phase, done, total, failed, started_at, phase_since, updated_at";

    // Only while the run is running: a write that arrives after the commit changes nothing.
    private const string Upsert = "INSERT INTO run_progress (" + Columns + """
        ) SELECT @source_id, @run_id, @worker_id, @phase, @done, @total, @failed, @started_at, @phase_since, @updated_at
        WHERE EXISTS (SELECT 1 FROM runs WHERE id = @run_id AND status = 'running')
        ON CONFLICT(source_id) DO UPDATE SET
            run_id = excluded.run_id, worker_id = excluded.worker_id, phase = excluded.phase, done = excluded.done,
            total = excluded.total, failed = excluded.failed, started_at = excluded.started_at,
            phase_since = excluded.phase_since, updated_at = excluded.updated_at
        """;

    private const string Select = """
        SELECT p.source_id, p.run_id, p.worker_id, p.phase, p.done, p.total, p.failed, p.started_at, p.phase_since, p.updated_at
        FROM run_progress p JOIN runs r ON r.id = p.run_id WHERE r.status = 'running' ORDER BY p.source_id
        """;

    public static async Task<bool> UpsertAsync(SqliteConnection connection, RunProgress progress, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Upsert;
        command.Bind("@source_id", progress.SourceId);
        command.Bind("@run_id", progress.RunId);
        command.Bind("@worker_id", progress.WorkerId);
        command.Bind("@phase", progress.Phase);
        command.Bind("@done", progress.Done);
        command.Bind("@total", progress.Total);
        command.Bind("@failed", progress.Failed);
        command.Bind("@started_at", SqliteValues.Time(progress.StartedAt));
        command.Bind("@phase_since", SqliteValues.Time(progress.PhaseSince));
        command.Bind("@updated_at", SqliteValues.Time(progress.UpdatedAt));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public static async Task<IReadOnlyList<RunProgress>> ListAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Select;
        var list = new List<RunProgress>();
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                list.Add(new RunProgress
                {
                    SourceId = reader.Text("source_id"),
                    RunId = reader.Text("run_id"),
                    WorkerId = reader.Text("worker_id"),
                    Phase = reader.Text("phase"),
                    Done = (int)reader.Integer("done"),
                    Total = reader.IsDBNull(reader.GetOrdinal("total")) ? null : (int)reader.Integer("total"),
                    Failed = (int)reader.Integer("failed"),
                    StartedAt = reader.TimeAt("started_at"),
                    PhaseSince = reader.TimeAt("phase_since"),
                    UpdatedAt = reader.TimeAt("updated_at"),
                });
            }
        }
        catch (SqliteException ex) when (ex.Message.Contains("no such table", StringComparison.Ordinal))
        {
            // A database last written by a build before progress was recorded, opened read-only: no run shows progress.
        }

        return list;
    }
}
