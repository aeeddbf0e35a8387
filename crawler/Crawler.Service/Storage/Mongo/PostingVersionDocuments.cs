using Crawler.Model;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;

namespace Crawler.Storage.Mongo;

/// <summary>
/// The <c>postingVersions</c> collection: <c>_id</c> = <c>{postingKey}@{version}</c>, postingKey, sourceId,
/// version, validFrom, validTo (null while current), snapshotId, fields{title description requirement
/// cities[] category track recruitType url publishedAt portalStatus}.
/// </summary>
internal static class PostingVersionDocuments
{
    public static string Id(string postingKey, int version) => $"{postingKey}@{version}";

    /// <summary>
    /// The writes for one posting's current version: an upsert of it (a later run only moves its snapshot on)
    /// and, from version 2, closing the version it replaced. Both are idempotent.
    /// </summary>
    public static IEnumerable<WriteModel<BsonDocument>> Writes(PostingVersion version)
    {
        // A version is written open; only the next version closes it.
        var onInsert = version.ToBsonDocument();
        onInsert["validTo"] = BsonNull.Value;
        var update = new BsonDocument("$setOnInsert", onInsert);
        if (version.SnapshotId is { } snapshot)
        {
            onInsert.Remove("snapshotId");
            update["$set"] = new BsonDocument("snapshotId", snapshot);
        }

        yield return new UpdateOneModel<BsonDocument>(new BsonDocument("_id", Id(version.PostingKey, version.Version)), update) { IsUpsert = true };
        if (version.Version > 1)
        {
            yield return new UpdateOneModel<BsonDocument>(
                new BsonDocument { { "_id", Id(version.PostingKey, version.Version - 1) }, { "validTo", BsonNull.Value } },
                new BsonDocument("$set", new BsonDocument("validTo", BsonFields.Date(version.ValidFrom))));
        }
    }

    public static PostingVersion Read(BsonDocument document) => BsonSerializer.Deserialize<PostingVersion>(document);
}
