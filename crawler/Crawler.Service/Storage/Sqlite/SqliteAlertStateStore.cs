using Microsoft.Data.Sqlite;

namespace Crawler.Storage.Sqlite;

/// <summary>
/// Alert cursors and dead letters in the same SQLite file as the crawl store (tables
/// <c>alert_cursors</c>, <c>alert_dead_letters</c>; <see cref="SqliteSchema.AlertTables"/>).
/// </summary>
public sealed class SqliteAlertStateStore : IAlertStateStore, IAsyncDisposable
{
    private const string UpsertCursor = """
        INSERT INTO alert_cursors (sink, position, pending_through, updated_at) VALUES (@sink, @position, @pending, @updated_at)
        ON CONFLICT(sink) DO UPDATE SET position = excluded.position, pending_through = excluded.pending_through, updated_at = excluded.updated_at
        """;

    // A second failure of the same event adds its attempts and keeps when it first failed.
    private const string AddDeadLetter = """
        INSERT INTO alert_dead_letters (sink, event_id, sequence, message_id, reason, attempts, first_failed_at, failed_at)
        VALUES (@sink, @event_id, @sequence, @message_id, @reason, @attempts, @first_failed_at, @failed_at)
        ON CONFLICT(sink, event_id) DO UPDATE SET message_id = excluded.message_id, reason = excluded.reason,
            attempts = attempts + excluded.attempts, failed_at = excluded.failed_at
        """;

    private const string ReplaceDeadLetter = """
        INSERT OR REPLACE INTO alert_dead_letters (sink, event_id, sequence, message_id, reason, attempts, first_failed_at, failed_at)
        VALUES (@sink, @event_id, @sequence, @message_id, @reason, @attempts, @first_failed_at, @failed_at)
        """;

    private const string SelectDeadLetters = """
        SELECT sink, event_id, sequence, message_id, reason, attempts, first_failed_at, failed_at FROM alert_dead_letters
        WHERE (@sink IS NULL OR sink = @sink) AND (@event_id IS NULL OR event_id = @event_id)
        ORDER BY sequence, sink LIMIT @limit
        """;

    private readonly SqliteDatabase _database;

    public SqliteAlertStateStore(SqliteStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Path);
        _database = new SqliteDatabase(options);
    }

    public Task InitializeAsync(CancellationToken cancellationToken)
    {
        _database.EnsureDirectory();
        return _database.ExecuteInTransactionAsync("creating alert tables", (connection, transaction) =>
            SqliteCommands.ExecuteAsync(connection, transaction, SqliteSchema.AlertTables, cancellationToken), cancellationToken);
    }

    public Task<AlertCursor?> GetCursorAsync(string sink, CancellationToken cancellationToken) =>
        _database.ExecuteAsync($"reading the alert cursor of sink '{sink}'", async connection =>
            (await SqliteCommands.QueryAsync(connection, "SELECT sink, position, pending_through, updated_at FROM alert_cursors WHERE sink = @sink", ReadCursor, cancellationToken, ("@sink", sink)))
            .SingleOrDefault(), cancellationToken);

    private static AlertCursor? ReadCursor(SqliteDataReader reader)
    {
        var pending = reader.GetOrdinal("pending_through");
        return new AlertCursor
        {
            Sink = reader.Text("sink"),
            Position = reader.Integer("position"),
            PendingThrough = reader.IsDBNull(pending) ? null : reader.GetInt64(pending),
            UpdatedAt = reader.TimeAt("updated_at"),
        };
    }

    public Task SaveCursorAsync(AlertCursor cursor, IReadOnlyList<DeadLetter> deadLetters, CancellationToken cancellationToken) =>
        _database.ExecuteInTransactionAsync($"saving the alert cursor of sink '{cursor.Sink}'", async (connection, transaction) =>
        {
            foreach (var letter in deadLetters)
            {
                await WriteDeadLetterAsync(connection, transaction, AddDeadLetter, letter, cancellationToken);
            }

            return await SqliteCommands.ExecuteAsync(connection, transaction, UpsertCursor, cancellationToken,
                ("@sink", cursor.Sink), ("@position", cursor.Position), ("@pending", cursor.PendingThrough), ("@updated_at", SqliteValues.Time(cursor.UpdatedAt)));
        }, cancellationToken);

    public Task<IReadOnlyList<DeadLetter>> ListDeadLettersAsync(string? sink, string? eventId, int limit, CancellationToken cancellationToken) =>
        _database.ExecuteAsync("listing dead letters", async connection => (IReadOnlyList<DeadLetter>)await SqliteCommands.QueryAsync(
            connection, SelectDeadLetters, ReadDeadLetter, cancellationToken, ("@sink", sink), ("@event_id", eventId), ("@limit", limit)), cancellationToken);

    private static DeadLetter ReadDeadLetter(SqliteDataReader reader) => SqliteRecordColumns<DeadLetter>.Read(reader);

    public Task SaveDeadLetterAsync(DeadLetter deadLetter, CancellationToken cancellationToken) =>
        _database.ExecuteInTransactionAsync($"saving a dead letter of sink '{deadLetter.Sink}'", (connection, transaction) =>
            WriteDeadLetterAsync(connection, transaction, ReplaceDeadLetter, deadLetter, cancellationToken), cancellationToken);

    public Task<bool> DeleteDeadLetterAsync(string sink, string eventId, CancellationToken cancellationToken) =>
        _database.ExecuteAsync($"deleting a dead letter of sink '{sink}'", async connection =>
            await SqliteCommands.ExecuteAsync(connection, null, "DELETE FROM alert_dead_letters WHERE sink = @sink AND event_id = @event_id", cancellationToken,
                ("@sink", sink), ("@event_id", eventId)) > 0, cancellationToken);

    /// <summary>Closes this file's pooled connections; the data stays on disk.</summary>
    public ValueTask DisposeAsync()
    {
        _database.ClearPool();
        return ValueTask.CompletedTask;
    }

    private static Task<int> WriteDeadLetterAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, DeadLetter letter, CancellationToken cancellationToken) =>
        SqliteCommands.ExecuteAsync(connection, transaction, sql, cancellationToken, SqliteRecordColumns<DeadLetter>.Parameters(letter));
}
