using Crawler.Model;
using MongoDB.Bson;

namespace Crawler.Storage.Mongo;

/// <summary>
/// A running run's progress: the sub-document <c>progress</c> of its <c>runs</c> document (phase, done, total,
/// failed, phaseSince, updatedAt). The run's commit replaces the whole document, so a finished run carries none.
/// </summary>
internal static class RunProgressDocuments
{
    /// <summary>Only a run still running takes the update: a late write after its commit matches nothing.</summary>
    public static BsonDocument Filter(RunProgress progress) => new()
    {
        { "_id", progress.RunId },
        { "status", BsonFields.Enum(RunStatus.Running) },
    };

    public static BsonDocument Update(RunProgress progress) => new("$set", new BsonDocument("progress", new BsonDocument
    {
        { "phase", progress.Phase },
        { "done", progress.Done },
        { "total", progress.Total is { } total ? total : BsonNull.Value },
        { "failed", progress.Failed },
        { "phaseSince", BsonFields.Date(progress.PhaseSince) },
        { "updatedAt", BsonFields.Date(progress.UpdatedAt) },
    }));

    public static BsonDocument Running => new()
    {
        { "status", BsonFields.Enum(RunStatus.Running) },
        { "progress", new BsonDocument("$exists", true) },
    };

    public static RunProgress Read(BsonDocument run)
    {
        var progress = run["progress"].AsBsonDocument;
        return new RunProgress
        {
            RunId = run["_id"].AsString,
            SourceId = run["sourceId"].AsString,
            WorkerId = run["workerId"].AsString,
            StartedAt = BsonFields.ReadDate(run, "startedAt"),
            Phase = progress["phase"].AsString,
            Done = BsonFields.ReadInt(progress, "done"),
            Total = progress.TryGetValue("total", out var total) && !total.IsBsonNull ? total.ToInt32() : null,
            Failed = BsonFields.ReadInt(progress, "failed"),
            PhaseSince = BsonFields.ReadDate(progress, "phaseSince"),
            UpdatedAt = BsonFields.ReadDate(progress, "updatedAt"),
        };
    }
}
