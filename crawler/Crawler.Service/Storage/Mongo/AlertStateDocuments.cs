using MongoDB.Bson;

namespace Crawler.Storage.Mongo;

/// <summary>
/// The alert collections. <c>alert_cursors</c>: <c>_id</c> = sink name, <c>position</c> (long),
/// <c>pendingThrough</c> (long or null), <c>updatedAt</c>. <c>alert_dead_letters</c>: <c>_id</c> =
/// <c>{sink, eventId}</c> (one document per sink and event), and <c>sink eventId sequence messageId reason attempts
/// firstFailedAt failedAt</c>; sink and event id repeat outside <c>_id</c> so indexes and analysts can use them.
/// Both records map through <see cref="ModelBsonMaps"/>; what is written here is only what the records cannot say.
/// </summary>
internal static class AlertStateDocuments
{
    // Field order matters: MongoDB compares embedded documents, _id included, field by field.
    public static BsonDocument DeadLetterId(string sink, string eventId) => new() { { "sink", sink }, { "eventId", eventId } };

    /// <summary>A dead letter as a whole document: its record's fields behind the composite <c>_id</c>.</summary>
    public static BsonDocument WriteDeadLetter(DeadLetter letter)
    {
        var document = letter.ToBsonDocument();
        document.InsertAt(0, new BsonElement("_id", DeadLetterId(letter.Sink, letter.EventId)));
        return document;
    }

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
}
