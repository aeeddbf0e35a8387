using Crawler.Model;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;

namespace Crawler.Storage.Mongo;

/// <summary>
/// The <c>sources</c> collection: <c>_id</c> = source id, the configured definition (company, platform,
/// entryUrl, intervalSeconds, ...) and the shared state (leaseHolder, leasedUntil, consecutiveFailures,
/// quarantined, nextDueAt, lastRunAt, lastRunStatus).
/// </summary>
internal static class SourceDocuments
{
    /// <summary>The definition fields, set on every registration.</summary>
    public static BsonDocument Definition(SourceDefinition source, DateTimeOffset now) => new()
    {
        { "company", source.Company },
        { "platform", source.Platform },
        { "entryUrl", source.EntryUrl.ToString() },
        { "intervalSeconds", source.Interval.TotalSeconds },
        { "cron", BsonFields.Text(source.Cron) },
        { "missesBeforeGone", source.MissesBeforeGone },
        { "maxRemovalShare", source.MaxRemovalShare },
        { "snapshotMaxAgeSeconds", source.SnapshotMaxAge.TotalSeconds },
        { "allowedHosts", BsonFields.Strings(source.AllowedHosts) },
        { "settings", new BsonDocument(source.Settings.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new BsonElement(s.Key, s.Value))) },
        { "updatedAt", BsonFields.Date(now) },
    };

    /// <summary>The state of a newly registered source: free, healthy, never run.</summary>
    public static BsonDocument InitialState(DateTimeOffset now) => new()
    {
        { "registeredAt", BsonFields.Date(now) },
        { "leaseHolder", BsonNull.Value },
        { "leasedUntil", BsonNull.Value },
        { "consecutiveFailures", 0 },
        { "quarantined", false },
        { "nextDueAt", BsonNull.Value },
        { "lastRunAt", BsonNull.Value },
        { "lastRunStatus", BsonNull.Value },
    };

    /// <summary>Health fields only: leases change solely through the lease operations.</summary>
    public static BsonDocument Health(SourceState state) => new()
    {
        { "consecutiveFailures", state.ConsecutiveFailures },
        { "quarantined", state.Quarantined },
        { "nextDueAt", BsonFields.Date(state.NextDueAt) },
        { "lastRunAt", BsonFields.Date(state.LastRunAt) },
        { "lastRunStatus", BsonFields.Enum(state.LastRunStatus) },
    };

    public static SourceState ReadState(BsonDocument document) => BsonSerializer.Deserialize<SourceState>(document);
}
