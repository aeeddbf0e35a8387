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
        var observed = posting.Posting;
        await SqliteCommands.ExecuteAsync(connection, transaction, Upsert, cancellationToken,
            ("@key", posting.Key),
            ("@source_id", posting.SourceId),
            ("@portal_id", observed.PortalId),
            ("@company", posting.Company),
            ("@title", observed.Title),
            ("@status", SqliteValues.Word(posting.Status)),
            ("@first_seen", SqliteValues.Time(posting.FirstSeen)),
            ("@last_seen", SqliteValues.Time(posting.LastSeen)),
            ("@miss_count", posting.MissCount),
            ("@content_hash", posting.ContentHash),
            ("@payload_hash", posting.PayloadHash),
            ("@snapshot_id", posting.SnapshotId),
            ("@snapshot_at", SqliteValues.Time(posting.SnapshotAt)),
            ("@event_count", posting.EventCount),
            ("@posting", SqliteValues.ToJson(observed)),
            ("@cities", SqliteValues.ToJson(observed.Cities)),
            ("@track", SqliteValues.Word(observed.Track)),
            ("@url", observed.Url),
            ("@published_at", SqliteValues.Time(observed.PublishedAt)),
            ("@derived", posting.Derived is null ? null : SqliteValues.ToJson(posting.Derived)),
            ("@detail_failures", posting.DetailFailures),
            ("@detail_failed_at", SqliteValues.Time(posting.DetailFailedAt)),
            ("@detail_error", posting.DetailError),
            ("@version", posting.Version),
            ("@version_from", SqliteValues.Time(posting.VersionFrom)));
    }

    public static async Task<IReadOnlyDictionary<string, StoredPosting>> ListBySourceAsync(SqliteConnection connection, string sourceId, CancellationToken cancellationToken)
    {
        var postings = new Dictionary<string, StoredPosting>(StringComparer.Ordinal);
        foreach (var posting in await SqliteCommands.QueryAsync(connection, SelectBySource, Read, cancellationToken, ("@source_id", sourceId)))
        {
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
