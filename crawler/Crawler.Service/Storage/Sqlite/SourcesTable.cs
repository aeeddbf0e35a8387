using Crawler.Model;
using Microsoft.Data.Sqlite;

namespace Crawler.Storage.Sqlite;

/// <summary>The <c>sources</c> table: definitions from configuration plus state shared by workers.</summary>
internal static class SourcesTable
{
    private const string Upsert = """
        INSERT INTO sources (id, company, platform, entry_url, definition, updated_at)
        VALUES (@id, @company, @platform, @entry_url, @definition, @updated_at)
        ON CONFLICT(id) DO UPDATE SET
            company = excluded.company, platform = excluded.platform, entry_url = excluded.entry_url,
            definition = excluded.definition, updated_at = excluded.updated_at
        """;

    // Free, expired or already ours: one statement, so SQLite's write lock makes the claim atomic.
    private const string Acquire = """
        UPDATE sources SET lease_holder = @worker, leased_until = @until
        WHERE id = @id AND (lease_holder IS NULL OR lease_holder = @worker OR leased_until IS NULL OR leased_until <= @now)
        """;

    // Holder only, even past expiry: if nobody took the lapsed lease, no one else acted on the source, so
    // extending it is safe; if someone took (or took and released) it, the holder differs and this fails.
    private const string Renew = "UPDATE sources SET leased_until = @until WHERE id = @id AND lease_holder = @worker";

    private const string Release = "UPDATE sources SET lease_holder = NULL, leased_until = NULL WHERE id = @id AND lease_holder = @worker";

    // Leases are left alone: they change only through the lease statements, so a stale state object
    // cannot clobber another worker's claim.
    private const string UpdateState = """
        UPDATE sources SET consecutive_failures = @failures, quarantined = @quarantined, next_due_at = @next_due_at,
            last_run_at = @last_run_at, last_run_status = @last_run_status
        WHERE id = @id
        """;

    private const string SelectStates = """
        SELECT id, lease_holder, leased_until, consecutive_failures, quarantined, next_due_at, last_run_at, last_run_status
        FROM sources
        """;

    public static async Task UpsertAsync(SqliteConnection connection, SqliteTransaction transaction, SourceDefinition source, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await SqliteCommands.ExecuteAsync(connection, transaction, Upsert, cancellationToken,
            ("@id", source.Id),
            ("@company", source.Company),
            ("@platform", source.Platform),
            ("@entry_url", source.EntryUrl.ToString()),
            ("@definition", SqliteValues.ToJson(source)),
            ("@updated_at", SqliteValues.Time(now)));
    }

    public static Task<bool> TryAcquireAsync(SqliteConnection connection, string sourceId, string workerId, DateTimeOffset until, DateTimeOffset now, CancellationToken cancellationToken) =>
        ChangesOneAsync(connection, Acquire, cancellationToken, ("@id", sourceId), ("@worker", workerId), ("@until", SqliteValues.Time(until)), ("@now", SqliteValues.Time(now)));

    public static Task<bool> RenewAsync(SqliteConnection connection, string sourceId, string workerId, DateTimeOffset until, CancellationToken cancellationToken) =>
        ChangesOneAsync(connection, Renew, cancellationToken, ("@id", sourceId), ("@worker", workerId), ("@until", SqliteValues.Time(until)));

    public static Task<bool> ReleaseAsync(SqliteConnection connection, string sourceId, string workerId, CancellationToken cancellationToken) =>
        ChangesOneAsync(connection, Release, cancellationToken, ("@id", sourceId), ("@worker", workerId));

    public static Task<bool> UpdateStateAsync(SqliteConnection connection, SourceState state, CancellationToken cancellationToken) =>
        ChangesOneAsync(
            connection,
            UpdateState,
            cancellationToken,
            ("@id", state.SourceId),
            ("@failures", state.ConsecutiveFailures),
            ("@quarantined", state.Quarantined),
            ("@next_due_at", SqliteValues.Time(state.NextDueAt)),
            ("@last_run_at", SqliteValues.Time(state.LastRunAt)),
            ("@last_run_status", state.LastRunStatus is { } status ? SqliteValues.Word(status) : null));

    public static Task<IReadOnlyList<SourceState>> ListStatesAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        ReadStatesAsync(connection, SelectStates + " ORDER BY id", null, cancellationToken);

    public static async Task<SourceState?> GetStateAsync(SqliteConnection connection, string sourceId, CancellationToken cancellationToken) =>
        (await ReadStatesAsync(connection, SelectStates + " WHERE id = @id", sourceId, cancellationToken)).SingleOrDefault();

    private static async Task<IReadOnlyList<SourceState>> ReadStatesAsync(SqliteConnection connection, string sql, string? sourceId, CancellationToken cancellationToken) =>
        sourceId is null
            ? await SqliteCommands.QueryAsync(connection, sql, ReadState, cancellationToken)
            : await SqliteCommands.QueryAsync(connection, sql, ReadState, cancellationToken, ("@id", sourceId));

    private static SourceState ReadState(SqliteDataReader reader) => new()
    {
        SourceId = reader.Text("id"),
        LeaseHolder = reader.NullableString("lease_holder"),
        LeasedUntil = reader.NullableTimeAt("leased_until"),
        ConsecutiveFailures = (int)reader.Integer("consecutive_failures"),
        Quarantined = reader.Integer("quarantined") != 0,
        NextDueAt = reader.NullableTimeAt("next_due_at"),
        LastRunAt = reader.NullableTimeAt("last_run_at"),
        LastRunStatus = reader.NullableString("last_run_status") is { } status ? SqliteValues.ParseWord<RunStatus>(status) : null,
    };

    private static async Task<bool> ChangesOneAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        await SqliteCommands.ExecuteAsync(connection, null, sql, cancellationToken, parameters) == 1;
}
