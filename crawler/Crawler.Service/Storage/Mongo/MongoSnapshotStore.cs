using System.Text;
using Crawler.Model;
using MongoDB.Bson;
using MongoDB.Driver;
using MongoDB.Driver.GridFS;

namespace Crawler.Storage.Mongo;

/// <summary>
/// The <c>snapshots</c> collection: <c>_id</c> = content hash, postingKey, url, capturedAt, htmlBytes, and the
/// gzip HTML inline as <c>html</c> (binary) or, above <see cref="MongoStoreOptions.SnapshotInlineLimitBytes"/>,
/// in the GridFS bucket <c>snapshots</c> referenced by <c>htmlFileId</c>; <c>text</c> likewise (<c>textFileId</c>).
/// GridFS files are written before the document, so a document never points at a missing file; a crash in
/// between leaves at worst an unreferenced file, never a broken snapshot.
/// </summary>
internal sealed class MongoSnapshotStore(MongoCollections collections, int inlineLimitBytes)
{
    public async Task<bool> ExistsAsync(string id, CancellationToken cancellationToken) =>
        await collections.Snapshots.CountDocumentsAsync(new BsonDocument("_id", id), new CountOptions { Limit = 1 }, cancellationToken) > 0;

    public async Task SaveAsync(Snapshot snapshot, CancellationToken cancellationToken)
    {
        if (await ExistsAsync(snapshot.Id, cancellationToken))
        {
            return;
        }

        var uploaded = new List<ObjectId>();
        var document = new BsonDocument
        {
            { "_id", snapshot.Id },
            { "postingKey", snapshot.PostingKey },
            { "url", snapshot.Url },
            { "capturedAt", BsonFields.Date(snapshot.CapturedAt) },
            { "htmlBytes", snapshot.CompressedHtml.Length },
        };
        await AddBodyAsync(document, "html", snapshot.Id + ".html.gz", snapshot.CompressedHtml, new BsonBinaryData(snapshot.CompressedHtml), uploaded, cancellationToken);
        await AddBodyAsync(document, "text", snapshot.Id + ".txt", Encoding.UTF8.GetBytes(snapshot.Text), snapshot.Text, uploaded, cancellationToken);
        try
        {
            await collections.Snapshots.InsertOneAsync(document, cancellationToken: cancellationToken);
        }
        catch (MongoWriteException ex) when (ex.WriteError.Category == ServerErrorCategory.DuplicateKey)
        {
            // Another worker stored the same content first: keep its copy and drop our files.
            foreach (var fileId in uploaded)
            {
                await collections.SnapshotFiles.DeleteAsync(fileId, cancellationToken);
            }
        }
    }

    public async Task<Snapshot?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var document = await collections.Snapshots.Find(new BsonDocument("_id", id)).FirstOrDefaultAsync(cancellationToken);
        if (document is null)
        {
            return null;
        }

        var html = document.TryGetValue("html", out var inline)
            ? inline.AsByteArray
            : await collections.SnapshotFiles.DownloadAsBytesAsync(document["htmlFileId"].AsObjectId, cancellationToken: cancellationToken);
        var text = document.TryGetValue("text", out var inlineText)
            ? inlineText.AsString
            : Encoding.UTF8.GetString(await collections.SnapshotFiles.DownloadAsBytesAsync(document["textFileId"].AsObjectId, cancellationToken: cancellationToken));
        return new Snapshot
        {
            Id = document["_id"].AsString,
            PostingKey = document["postingKey"].AsString,
            Url = document["url"].AsString,
            CapturedAt = BsonFields.ReadDate(document, "capturedAt"),
            CompressedHtml = html,
            Text = text,
        };
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken) =>
        (int)await collections.Snapshots.CountDocumentsAsync(FilterDefinition<BsonDocument>.Empty, cancellationToken: cancellationToken);

    /// <summary>Ids and capture times only (the bodies stay on the server); keys are "{source}:{portal id}", so a prefix range on the postingKey index.</summary>
    public async Task<IReadOnlyDictionary<string, SnapshotMark>> LatestPerPostingAsync(string sourceId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var filter = new BsonDocument
        {
            { "postingKey", new BsonDocument { { "$gte", sourceId + ":" }, { "$lt", sourceId + ";" } } },
            { "capturedAt", new BsonDocument("$gte", BsonFields.Date(since)) },
        };
        var projection = new BsonDocument { { "_id", 1 }, { "postingKey", 1 }, { "capturedAt", 1 } };
        var documents = await collections.Snapshots.Find(filter).Project(projection).ToListAsync(cancellationToken);
        var marks = new Dictionary<string, SnapshotMark>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var mark = new SnapshotMark(document["_id"].AsString, document["postingKey"].AsString, BsonFields.ReadDate(document, "capturedAt"));
            if (!marks.TryGetValue(mark.PostingKey, out var known) || known.CapturedAt < mark.CapturedAt) marks[mark.PostingKey] = mark;
        }

        return marks;
    }

    private async Task AddBodyAsync(
        BsonDocument document, string field, string fileName, byte[] bytes, BsonValue inline, List<ObjectId> uploaded, CancellationToken cancellationToken)
    {
        if (bytes.Length <= inlineLimitBytes)
        {
            document[field] = inline;
            return;
        }

        var options = new GridFSUploadOptions { Metadata = new BsonDocument { { "snapshotId", document["_id"] }, { "kind", field } } };
        var fileId = await collections.SnapshotFiles.UploadFromBytesAsync(fileName, bytes, options, cancellationToken);
        uploaded.Add(fileId);
        document[field + "FileId"] = fileId;
    }
}
