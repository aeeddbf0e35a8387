using MongoDB.Bson;
using MongoDB.Driver;

namespace Crawler.Storage.Mongo;

/// <summary>
/// Hands out event sequence numbers from the <c>counters</c> document <c>{ _id: "events", seq }</c> with one
/// atomic <c>$inc</c> per block, so any number of workers get disjoint, rising ranges. A number handed out
/// but never used (a crash before the insert, or another worker stored the same event first) leaves a gap;
/// it is never reused, so <c>seq</c> stays unique and resumable positions stay valid.
/// </summary>
internal sealed class EventSequence(IMongoCollection<BsonDocument> counters)
{
    private const string CounterId = "events";

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        try
        {
            await counters.UpdateOneAsync(
                new BsonDocument("_id", CounterId),
                new BsonDocument("$setOnInsert", new BsonDocument("seq", 0L)),
                new UpdateOptions { IsUpsert = true },
                cancellationToken);
        }
        catch (MongoWriteException ex) when (ex.WriteError.Category == ServerErrorCategory.DuplicateKey)
        {
            // Another worker created the counter at the same moment.
        }
    }

    /// <summary>Reserves <paramref name="count"/> numbers and returns the first.</summary>
    public async Task<long> ReserveAsync(int count, CancellationToken cancellationToken)
    {
        var counter = await counters.FindOneAndUpdateAsync(
            new BsonDocument("_id", CounterId),
            new BsonDocument("$inc", new BsonDocument("seq", (long)count)),
            new FindOneAndUpdateOptions<BsonDocument> { IsUpsert = true, ReturnDocument = ReturnDocument.After },
            cancellationToken);
        return counter["seq"].ToInt64() - count + 1;
    }
}
