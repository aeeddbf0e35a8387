using MongoDB.Bson;

namespace Crawler.MongoWire.Engine;

/// <summary>Open cursors: the documents a find or aggregate has not returned yet.</summary>
public sealed class CursorRegistry
{
    private const int DefaultFirstBatch = 101;
    private readonly Dictionary<long, (string Namespace, Queue<BsonDocument> Remaining)> _open = [];
    private long _nextId = 7_000_000_000;

    public int OpenCount => _open.Count;

    /// <summary>Builds the <c>cursor</c> reply of a find/aggregate and keeps the rest for getMore.</summary>
    public BsonDocument Open(string ns, IEnumerable<BsonDocument> results, int? batchSize, bool singleBatch = false)
    {
        var remaining = new Queue<BsonDocument>(results);
        var firstBatch = Take(remaining, batchSize ?? DefaultFirstBatch);
        long id = 0;
        if (remaining.Count > 0 && !singleBatch)
        {
            id = ++_nextId;
            _open[id] = (ns, remaining);
        }

        return Reply(ns, id, "firstBatch", firstBatch);
    }

    public BsonDocument GetMore(long id, string ns, int? batchSize)
    {
        if (!_open.TryGetValue(id, out var cursor) || cursor.Namespace != ns)
        {
            throw new WireCommandException(43, "CursorNotFound", $"cursor id {id} not found");
        }

        var batch = Take(cursor.Remaining, batchSize is null or <= 0 ? int.MaxValue : batchSize.Value);
        if (cursor.Remaining.Count == 0)
        {
            _open.Remove(id);
            id = 0;
        }

        return Reply(ns, id, "nextBatch", batch);
    }

    public bool Kill(long id) => _open.Remove(id);

    private static BsonArray Take(Queue<BsonDocument> remaining, int count)
    {
        var batch = new BsonArray();
        while (batch.Count < count && remaining.TryDequeue(out var document))
        {
            batch.Add(document);
        }

        return batch;
    }

    private static BsonDocument Reply(string ns, long id, string batchName, BsonArray batch) => new()
    {
        { "cursor", new BsonDocument { { batchName, batch }, { "id", id }, { "ns", ns } } },
        { "ok", 1.0 },
    };
}
