using Crawler.Model;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;

namespace Crawler.Storage.Mongo;

/// <summary>
/// The <c>postings</c> collection: <c>_id</c> = posting key, the lifecycle fields and <c>derived</c> of the
/// <see cref="StoredPosting"/>, the observed fields flattened at the top level beside them (what analysts filter
/// on), and the raw payload twice (see <see cref="RawPayload"/>). Both records map through <see cref="ModelBsonMaps"/>.
/// </summary>
internal static class PostingDocuments
{
    public static BsonDocument Write(StoredPosting stored)
    {
        var document = stored.ToBsonDocument();
        document.AddRange(stored.Posting.ToBsonDocument());
        if (RawPayload.TryParse(stored.Posting.RawJson) is { } raw)
        {
            document["raw"] = raw;
        }

        return document;
    }

    public static StoredPosting Read(BsonDocument document) =>
        BsonSerializer.Deserialize<StoredPosting>(document) with { Posting = BsonSerializer.Deserialize<ObservedPosting>(document) };
}
