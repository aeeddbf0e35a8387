using MongoDB.Bson;

namespace Crawler.Storage.Mongo;

/// <summary>
/// The alert collections. <c>alert_cursors</c>: <c>_id</c> = sink name, <c>position</c> (long),
/// <c>pendingThrough</c> (long or null), <c>updatedAt</c>. <c>alert_dead_letters</c>: <c>_id</c> =
/// <c>{sink, eventId}</c> (one document per sink and event), and <c>sink eventId sequence messageId reason attempts
/// firstFailedAt failedAt</c>; sink and event id repeat outside <c>_id</c> so indexes and analysts can use them.
/// </summary>
internal static class AlertStateDocuments
{
    // Field order matters: MongoDB compares embedded documents, _id included, field by field.
    public static BsonDocument DeadLetterId(string sink, string eventId) => new() { { "sink", sink }, { "eventId", eventId } };

    public static BsonDocument WriteCursor(AlertCursor cursor) => new()
    {
        { "_id", cursor.Sink },
        { "position", cursor.Position },
        { "pendingThrough", cursor.PendingThrough is { } pending ? new BsonInt64(pending) : BsonNull.Value },
        { "updatedAt", BsonFields.Date(cursor.UpdatedAt) },
    };

    public static AlertCursor ReadCursor(BsonDocument document) => new()
    {
        Sink = document["_id"].AsString,
        Position = document["position"].ToInt64(),
        PendingThrough = document.TryGetValue("pendingThrough", out var pending) && !pending.IsBsonNull ? pending.ToInt64() : null,
        UpdatedAt = BsonFields.ReadDate(document, "updatedAt"),
    };

    public static BsonDocument WriteDeadLetter(DeadLetter letter) => new()
    {
        { "_id", DeadLetterId(letter.Sink, letter.EventId) },
        { "sink", letter.Sink },
        { "eventId", letter.EventId },
        { "sequence", letter.Sequence },
        { "messageId", letter.MessageId },
        { "reason", letter.Reason },
        { "attempts", letter.Attempts },
        { "firstFailedAt", BsonFields.Date(letter.FirstFailedAt) },
        { "failedAt", BsonFields.Date(letter.FailedAt) },
    };

    /// <summary>
    /// An upsert that records another failure of the same event: adds its attempts, takes the newest reason,
    /// message and time, and keeps when it first failed (the SQLite store's <c>ON CONFLICT</c> rule).
    /// </summary>
    public static BsonDocument AddFailure(DeadLetter letter) => new()
    {
        { "$setOnInsert", new BsonDocument
            {
                { "sink", letter.Sink },
                { "eventId", letter.EventId },
                { "sequence", letter.Sequence },
                { "firstFailedAt", BsonFields.Date(letter.FirstFailedAt) },
            }
        },
        { "$set", new BsonDocument
            {
                { "messageId", letter.MessageId },
                { "reason", letter.Reason },
                { "failedAt", BsonFields.Date(letter.FailedAt) },
            }
        },
        { "$inc", new BsonDocument("attempts", letter.Attempts) },
    };

    public static DeadLetter ReadDeadLetter(BsonDocument document) => new()
    {
        Sink = document["sink"].AsString,
        EventId = document["eventId"].AsString,
        Sequence = document["sequence"].ToInt64(),
        MessageId = document["messageId"].AsString,
        Reason = document["reason"].AsString,
        Attempts = BsonFields.ReadInt(document, "attempts"),
        FirstFailedAt = BsonFields.ReadDate(document, "firstFailedAt"),
        FailedAt = BsonFields.ReadDate(document, "failedAt"),
    };
}
