using Crawler.Model;
using MongoDB.Bson;
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
        var set = new BsonDocument();
        if (version.SnapshotId is { } snapshot) set["snapshotId"] = snapshot;
        var onInsert = new BsonDocument
        {
            { "postingKey", version.PostingKey },
            { "sourceId", version.SourceId },
            { "version", version.Version },
            { "validFrom", BsonFields.Date(version.ValidFrom) },
            { "validTo", BsonNull.Value },
            { "fields", new BsonDocument(PostingFieldsDocuments.Elements(version.Fields)) },
        };
        if (version.SnapshotId is null) onInsert["snapshotId"] = BsonNull.Value;
        var update = new BsonDocument("$setOnInsert", onInsert);
        if (set.ElementCount > 0) update["$set"] = set;
        yield return new UpdateOneModel<BsonDocument>(new BsonDocument("_id", Id(version.PostingKey, version.Version)), update) { IsUpsert = true };
        if (version.Version > 1)
        {
            yield return new UpdateOneModel<BsonDocument>(
                new BsonDocument { { "_id", Id(version.PostingKey, version.Version - 1) }, { "validTo", BsonNull.Value } },
                new BsonDocument("$set", new BsonDocument("validTo", BsonFields.Date(version.ValidFrom))));
        }
    }

    public static PostingVersion Read(BsonDocument document)
    {
        var fields = document["fields"].AsBsonDocument;
        return new PostingVersion
        {
            PostingKey = document["postingKey"].AsString,
            SourceId = document["sourceId"].AsString,
            Version = BsonFields.ReadInt(document, "version"),
            ValidFrom = BsonFields.ReadDate(document, "validFrom"),
            ValidTo = BsonFields.ReadNullableDate(document, "validTo"),
            SnapshotId = BsonFields.ReadText(document, "snapshotId"),
            Fields = PostingFieldsDocuments.Read(fields),
        };
    }
}
