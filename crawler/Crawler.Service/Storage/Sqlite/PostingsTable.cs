using Crawler.Model;
using Microsoft.Data.Sqlite;

namespace Crawler.Storage.Sqlite;

/// <summary>
/// The <c>postings</c> table. The <c>posting</c> column holds the observed posting as JSON (raw payload
/// verbatim inside it) and is what reads come back from; title, cities, track, url and published_at are
/// copies for analysts' queries.
/// </summary>
internal static class PostingsTable
{
    private const string Upsert = """
        INSERT INTO postings (key, source_id, portal_id, company, title, status, first_seen, last_seen, miss_count,
            content_hash, payload_hash, snapshot_id, snapshot_at, event_count, posting, cities, track, url,
            published_at, derived, detail_failures, detail_failed_at, detail_error, version, version_from)
        VALUES (@key, @source_id, @portal_id, @company, @title, @status, @first_seen, @last_seen, @miss_count,
            @content_hash, @payload_hash, @snapshot_id, @snapshot_at, @event_count, @posting, @cities, @track, @url,
            @published_at, @derived, @detail_failures, @detail_failed_at, @detail_error, @version, @version_from)
        ON CONFLICT(key) DO UPDATE SET
            source_id = excluded.source_id, portal_id = excluded.portal_id, company = excluded.company,
            title = excluded.title, status = excluded.status, first_seen = excluded.first_seen,
            last_seen = excluded.last_seen, miss_count = excluded.miss_count, content_hash = excluded.content_hash,
            payload_hash = excluded.payload_hash, snapshot_id = excluded.snapshot_id, snapshot_at = excluded.snapshot_at,
            event_count = excluded.event_count, posting = excluded.posting, cities = excluded.cities,
            track = excluded.track, url = excluded.url, published_at = excluded.published_at, derived = excluded.derived,
            detail_failures = excluded.detail_failures, detail_failed_at = excluded.detail_failed_at, detail_error = excluded.detail_error,
            version = excluded.version, version_from = excluded.version_from
        """;

    private const string SelectBySource = """
        SELECT key, source_id, company, status, first_seen, last_seen, miss_count, content_hash, payload_hash,
            snapshot_id, snapshot_at, event_count, posting, derived, detail_failures, detail_failed_at, detail_error, version, version_from
        FROM postings WHERE source_id = @source_id
        """;

    public static async Task UpsertAsync(SqliteConnection connection, SqliteTransaction transaction, StoredPosting posting, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Upsert;
        var observed = posting.Posting;
        command.Bind("@key", posting.Key);
        command.Bind("@source_id", posting.SourceId);
        command.Bind("@portal_id", observed.PortalId);
        command.Bind("@company", posting.Company);
        command.Bind("@title", observed.Title);
        command.Bind("@status", SqliteValues.Word(posting.Status));
        command.Bind("@first_seen", SqliteValues.Time(posting.FirstSeen));
        command.Bind("@last_seen", SqliteValues.Time(posting.LastSeen));
        command.Bind("@miss_count", posting.MissCount);
        command.Bind("@content_hash", posting.ContentHash);
        command.Bind("@payload_hash", posting.PayloadHash);
        command.Bind("@snapshot_id", posting.SnapshotId);
        command.Bind("@snapshot_at", SqliteValues.Time(posting.SnapshotAt));
        command.Bind("@event_count", posting.EventCount);
        command.Bind("@posting", SqliteValues.ToJson(observed));
        command.Bind("@cities", SqliteValues.ToJson(observed.Cities));
        command.Bind("@track", SqliteValues.Word(observed.Track));
        command.Bind("@url", observed.Url);
        command.Bind("@published_at", SqliteValues.Time(observed.PublishedAt));
        command.Bind("@derived", posting.Derived is null ? null : SqliteValues.ToJson(posting.Derived));
        command.Bind("@detail_failures", posting.DetailFailures);
        command.Bind("@detail_failed_at", SqliteValues.Time(posting.DetailFailedAt));
        command.Bind("@detail_error", posting.DetailError);
        command.Bind("@version", posting.Version);
        command.Bind("@version_from", SqliteValues.Time(posting.VersionFrom));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<IReadOnlyDictionary<string, StoredPosting>> ListBySourceAsync(SqliteConnection connection, string sourceId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = SelectBySource;
        command.Bind("@source_id", sourceId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var postings = new Dictionary<string, StoredPosting>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var posting = Read(reader);
            postings[posting.Key] = posting;
        }

        return postings;
    }

    private static StoredPosting Read(SqliteDataReader reader) => new()
    {
        Key = reader.Text("key"),
        SourceId = reader.Text("source_id"),
        Company = reader.Text("company"),
        Posting = SqliteValues.FromJson<ObservedPosting>(reader.Text("posting")),
        Status = SqliteValues.ParseWord<PostingStatus>(reader.Text("status")),
        FirstSeen = reader.TimeAt("first_seen"),
        LastSeen = reader.TimeAt("last_seen"),
        MissCount = (int)reader.Integer("miss_count"),
        ContentHash = reader.Text("content_hash"),
        PayloadHash = reader.Text("payload_hash"),
        SnapshotId = reader.NullableString("snapshot_id"),
        SnapshotAt = reader.NullableTimeAt("snapshot_at"),
        EventCount = (int)reader.Integer("event_count"),
        Derived = reader.NullableString("derived") is { } derived ? SqliteValues.FromJson<DerivedFields>(derived) : null,
        DetailFailures = (int)reader.Integer("detail_failures"),
        DetailFailedAt = reader.NullableTimeAt("detail_failed_at"),
        DetailError = reader.NullableString("detail_error"),
        Version = (int)reader.Integer("version"),
        VersionFrom = reader.NullableTimeAt("version_from"),
    };
}
