using MongoDB.Bson;
using MongoDB.Driver;

namespace Crawler.Storage.Mongo;

/// <summary>
/// Source leases as fields of the <c>sources</c> document (<c>leaseHolder</c>, <c>leasedUntil</c>). Each
/// claim is one conditional <c>findOneAndUpdate</c>, atomic on the server, so two workers can never both
/// win; nothing else (no lock service, no lease collection) coordinates workers. Times come from the caller.
/// </summary>
internal sealed class MongoLeases(IMongoCollection<BsonDocument> sources) : ILeaseStore
{
    /// <summary>Claims when free, expired (<c>leasedUntil &lt;= now</c>) or already ours; false for unknown sources.</summary>
    public Task<bool> TryAcquireLeaseAsync(string sourceId, string workerId, TimeSpan duration, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        var claimable = new BsonDocument
        {
            { "_id", sourceId },
            {
                "$or", new BsonArray
                {
                    new BsonDocument("leaseHolder", BsonNull.Value),
                    new BsonDocument("leasedUntil", new BsonDocument("$lte", BsonFields.Date(now))),
                    new BsonDocument("leaseHolder", workerId),
                }
            },
        };
        return SetAsync(claimable, workerId, now + duration, cancellationToken);
    }

    /// <summary>Extends the lease while this worker is still the holder (even past expiry, if nobody took it).</summary>
    public Task<bool> RenewLeaseAsync(string sourceId, string workerId, TimeSpan duration, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        return SetAsync(new BsonDocument { { "_id", sourceId }, { "leaseHolder", workerId } }, workerId, now + duration, cancellationToken);
    }

    public Task ReleaseLeaseAsync(string sourceId, string workerId, CancellationToken cancellationToken) =>
        sources.UpdateOneAsync(
            new BsonDocument { { "_id", sourceId }, { "leaseHolder", workerId } },
            new BsonDocument("$set", new BsonDocument { { "leaseHolder", BsonNull.Value }, { "leasedUntil", BsonNull.Value } }),
            cancellationToken: cancellationToken);

    private async Task<bool> SetAsync(BsonDocument filter, string workerId, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var updated = await sources.FindOneAndUpdateAsync(
            filter,
            new BsonDocument("$set", new BsonDocument { { "leaseHolder", workerId }, { "leasedUntil", BsonFields.Date(until) } }),
            new FindOneAndUpdateOptions<BsonDocument> { ReturnDocument = ReturnDocument.After, Projection = new BsonDocument("_id", 1) },
            cancellationToken);
        return updated is not null;
    }
}
