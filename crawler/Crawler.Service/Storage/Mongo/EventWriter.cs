using MongoDB.Bson;
using MongoDB.Driver;

namespace Crawler.Storage.Mongo;

/// <summary>
/// Stores a commit's events exactly once without transactions. Events already stored (a re-applied commit,
/// a retry after a crash) are found first and skipped, so they keep their sequence number and no new number
/// is spent on them; only the rest get a freshly reserved block. If another worker stores the same event
/// between the check and the insert, the insert's duplicate-key error on <c>_id</c> is ignored: that event
/// stays stored once (with the other worker's number) and ours leaves a gap.
/// Within one process, reserving numbers and inserting them is serialised, so two sources committing at once
/// never make a higher sequence visible before a lower one: consumers that resume from a sequence (alerts,
/// <c>events --follow</c>) cannot skip an event written by this process. Across worker processes that order is
/// not guaranteed without transactions (see SCHEMA.md).
/// </summary>
internal sealed class EventWriter(IMongoCollection<BsonDocument> events, EventSequence sequence, ILogger logger)
{
    private static readonly SemaphoreSlim Ordered = new(1, 1);

    public async Task WriteAsync(RunCommit commit, CancellationToken cancellationToken)
    {
        if (commit.Events.Count == 0)
        {
            return;
        }

        var ids = new BsonArray(commit.Events.Select(e => e.Id).Distinct(StringComparer.Ordinal));
        var stored = await events.Find(new BsonDocument("_id", new BsonDocument("$in", ids)))
            .Project(new BsonDocument("_id", 1))
            .ToListAsync(cancellationToken);
        var existing = stored.Select(d => d["_id"].AsString).ToHashSet(StringComparer.Ordinal);
        var fresh = commit.Events.Where(e => !existing.Contains(e.Id)).DistinctBy(e => e.Id, StringComparer.Ordinal).ToList();
        if (existing.Count > 0)
        {
            MongoStoreLog.EventsAlreadyStored(logger, commit.Run.Id, commit.Run.SourceId, existing.Count, ids.Count);
        }

        if (fresh.Count == 0)
        {
            return;
        }

        await Ordered.WaitAsync(cancellationToken);
        try
        {
            var first = await sequence.ReserveAsync(fresh.Count, cancellationToken);
            var documents = fresh.Select((change, i) => (change with { Sequence = first + i }).ToBsonDocument());
            await events.InsertManyAsync(documents, new InsertManyOptions { IsOrdered = false }, cancellationToken);
        }
        catch (MongoBulkWriteException<BsonDocument> ex) when (ex.WriteConcernError is null && ex.WriteErrors.All(IsDuplicateEventId))
        {
            // Stored concurrently by another worker: exactly the outcome we wanted.
        }
        finally
        {
            Ordered.Release();
        }
    }

    private static bool IsDuplicateEventId(BulkWriteError error) =>
        error.Category == ServerErrorCategory.DuplicateKey && error.Message.Contains(" index: _id_ ", StringComparison.Ordinal);
}
