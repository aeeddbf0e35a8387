using Crawler.Model;
using Microsoft.Data.Sqlite;

namespace Crawler.Storage.Sqlite;

/// <summary>
/// The <c>events</c> table: the change log. <c>sequence</c> is the AUTOINCREMENT rowid, so it only grows;
/// <c>id</c> is unique, so a re-applied commit inserts nothing and takes no sequence number.
/// </summary>
internal static class EventsTable
{
    private const string Columns = "sequence, id, kind, posting_key, source_id, company, title, cities, url, run_id, changed_fields, created_at, changes";

    // Not a bare INSERT OR IGNORE: an ignored conflict still consumes an AUTOINCREMENT value, so a
    // re-applied commit would leave gaps. Checking first inserts nothing; the UNIQUE id stays the backstop.
    private const string InsertOrIgnore = """
        INSERT OR IGNORE INTO events (id, kind, posting_key, source_id, company, title, cities, url, run_id, changed_fields, created_at, changes)
        SELECT @id, @kind, @posting_key, @source_id, @company, @title, @cities, @url, @run_id, @changed_fields, @created_at, @changes
        WHERE NOT EXISTS (SELECT 1 FROM events WHERE id = @id)
        """;

    // Fixed text with optional filters (no SQL built from input); kinds arrive as a JSON array of words.
    private const string Select = "SELECT " + Columns + """
         FROM events
        WHERE sequence > @after
          AND (@before IS NULL OR sequence < @before)
          AND (@kinds IS NULL OR kind IN (SELECT value FROM json_each(@kinds)))
          AND (@source_id IS NULL OR source_id = @source_id)
          AND (@run_id IS NULL OR run_id = @run_id)
        """;

    /// <summary>Inserts the event unless its id is stored; an unset <c>CreatedAt</c> becomes <paramref name="now"/>.</summary>
    public static async Task InsertAsync(SqliteConnection connection, SqliteTransaction transaction, ChangeEvent change, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stamped = change.CreatedAt == default ? change with { CreatedAt = now } : change;
        await SqliteCommands.ExecuteAsync(connection, transaction, InsertOrIgnore, cancellationToken, SqliteRecordColumns<ChangeEvent>.Parameters(stamped));
    }

    public static async Task<IReadOnlyList<ChangeEvent>> ListAsync(SqliteConnection connection, EventQuery query, CancellationToken cancellationToken) =>
        await SqliteCommands.QueryAsync(
            connection,
            Select + (query.NewestFirst ? " ORDER BY sequence DESC LIMIT @limit" : " ORDER BY sequence LIMIT @limit"),
            Read,
            cancellationToken,
            ("@after", query.AfterSequence),
            ("@before", query.BeforeSequence),
            ("@kinds", query.Kinds is { Count: > 0 } kinds ? SqliteValues.ToJson(kinds.Select(SqliteValues.Word).ToArray()) : null),
            ("@source_id", query.SourceId),
            ("@run_id", query.RunId),
            ("@limit", query.Limit));

    private static ChangeEvent Read(SqliteDataReader reader) => SqliteRecordColumns<ChangeEvent>.Read(reader);
}
