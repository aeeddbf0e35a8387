using Crawler.Model;
using MongoDB.Bson;

namespace Crawler.Storage.Mongo;

/// <summary>
/// The <c>runs</c> collection: <c>_id</c> = run id, sourceId, workerId, startedAt, finishedAt, status
/// ("running", "complete", ...), counts, suspect, errors and the completeness evidence as a sub-document.
/// </summary>
internal static class RunDocuments
{
    public static BsonDocument Write(RunRecord run) => new()
    {
        { "_id", run.Id },
        { "sourceId", run.SourceId },
        { "workerId", run.WorkerId },
        { "startedAt", BsonFields.Date(run.StartedAt) },
        { "finishedAt", BsonFields.Date(run.FinishedAt) },
        { "status", BsonFields.Enum(run.Status) },
        { "pages", run.Pages },
        { "seen", run.Seen },
        { "new", run.New },
        { "changed", run.Changed },
        { "gone", run.Gone },
        { "snapshots", run.Snapshots },
        { "suspect", run.Suspect },
        { "errors", BsonFields.Strings(run.Errors) },
        { "evidence", run.Evidence is { } evidence ? WriteEvidence(evidence) : BsonNull.Value },
    };

    public static RunRecord Read(BsonDocument document) => new()
    {
        Id = document["_id"].AsString,
        SourceId = document["sourceId"].AsString,
        WorkerId = document["workerId"].AsString,
        StartedAt = BsonFields.ReadDate(document, "startedAt"),
        FinishedAt = BsonFields.ReadNullableDate(document, "finishedAt"),
        Status = BsonFields.ReadEnum<RunStatus>(document, "status"),
        Pages = BsonFields.ReadInt(document, "pages"),
        Seen = BsonFields.ReadInt(document, "seen"),
        New = BsonFields.ReadInt(document, "new"),
        Changed = BsonFields.ReadInt(document, "changed"),
        Gone = BsonFields.ReadInt(document, "gone"),
        Snapshots = BsonFields.ReadInt(document, "snapshots"),
        Suspect = BsonFields.ReadBool(document, "suspect"),
        Errors = BsonFields.ReadStrings(document, "errors"),
        Evidence = document.TryGetValue("evidence", out var evidence) && evidence is BsonDocument e ? ReadEvidence(e) : null,
    };

    private static BsonDocument WriteEvidence(CompletenessEvidence evidence) => new()
    {
        { "reportedTotal", evidence.ReportedTotal is { } total ? total : BsonNull.Value },
        { "totalStable", evidence.TotalStable },
        { "uniqueIds", evidence.UniqueIds },
        { "pagesFetched", evidence.PagesFetched },
        { "pagesFailed", evidence.PagesFailed },
        { "capHit", evidence.CapHit },
        { "partitions", evidence.Partitions },
        { "notes", BsonFields.Strings(evidence.Notes) },
        // Derived, stored so analysts can filter complete runs without re-implementing the rule.
        { "isComplete", evidence.IsComplete },
    };

    private static CompletenessEvidence ReadEvidence(BsonDocument document) => new()
    {
        ReportedTotal = document.TryGetValue("reportedTotal", out var total) && !total.IsBsonNull ? total.ToInt32() : null,
        TotalStable = BsonFields.ReadBool(document, "totalStable"),
        UniqueIds = BsonFields.ReadInt(document, "uniqueIds"),
        PagesFetched = BsonFields.ReadInt(document, "pagesFetched"),
        PagesFailed = BsonFields.ReadInt(document, "pagesFailed"),
        CapHit = BsonFields.ReadBool(document, "capHit"),
        Partitions = BsonFields.ReadInt(document, "partitions"),
        Notes = BsonFields.ReadStrings(document, "notes"),
    };
}
