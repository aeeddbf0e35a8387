using Crawler.Model;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;

namespace Crawler.Storage.Mongo;

/// <summary>
/// The <c>runs</c> collection (<see cref="RunRecord"/> mapped by <see cref="ModelBsonMaps"/>), and the run commit: without multi-document
/// transactions, events first, then posting versions, then postings, then the run, so a commit interrupted at
/// any point is completed by applying it again.
/// </summary>
internal sealed class MongoRuns(IMongoCollection<BsonDocument> runs, EventWriter events, MongoPostings postings, ILogger logger) : IRunStore
{
    public Task StartRunAsync(RunRecord run, CancellationToken cancellationToken) =>
        runs.ReplaceOneAsync(new BsonDocument("_id", run.Id), run.ToBsonDocument(), new ReplaceOptions { IsUpsert = true }, cancellationToken);

    public async Task<int> AbandonStaleRunsAsync(string sourceId, string currentRunId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = await runs.UpdateManyAsync(
            new BsonDocument
            {
                { "sourceId", sourceId },
                { "status", BsonFields.Enum(RunStatus.Running) },
                { "_id", new BsonDocument("$ne", currentRunId) },
            },
            new BsonDocument("$set", new BsonDocument { { "status", BsonFields.Enum(RunStatus.Abandoned) }, { "finishedAt", BsonFields.Date(now) } }),
            cancellationToken: cancellationToken);
        var count = (int)result.ModifiedCount;
        if (count > 0) MongoStoreLog.AbandonedRuns(logger, count, sourceId);
        return count;
    }

    public async Task CommitRunAsync(RunCommit commit, CancellationToken cancellationToken)
    {
        // Events first: if the commit stops after them, a retry finds them stored and still writes the postings.
        // Postings first would be worse: the next run would compare against them, see no change and never
        // emit the lost events.
        // Versions before postings for the same reason: a retry recomputes them only from the old postings.
        await events.WriteAsync(commit, cancellationToken);
        await postings.WriteVersionsAsync(commit, cancellationToken);
        await postings.SavePostingsAsync(commit.Postings, cancellationToken);
        await StartRunAsync(commit.Run, cancellationToken);
    }

    public async Task<IReadOnlyList<RunRecord>> ListRunsAsync(string? sourceId, int limit, CancellationToken cancellationToken)
    {
        var filter = sourceId is null ? new BsonDocument() : new BsonDocument("sourceId", sourceId);
        var documents = await runs.Find(filter)
            .Sort(new BsonDocument { { "startedAt", -1 }, { "_id", -1 } })
            .Limit(limit > 0 ? limit : null)
            .ToListAsync(cancellationToken);
        return [.. documents.Select(d => BsonSerializer.Deserialize<RunRecord>(d))];
    }

    public Task SaveRunProgressAsync(RunProgress progress, CancellationToken cancellationToken) =>
        runs.UpdateOneAsync(RunProgressDocuments.Filter(progress), RunProgressDocuments.Update(progress), cancellationToken: cancellationToken);

    public async Task<IReadOnlyList<RunProgress>> ListRunProgressAsync(CancellationToken cancellationToken)
    {
        var documents = await runs.Find(RunProgressDocuments.Running).Sort(new BsonDocument("sourceId", 1)).ToListAsync(cancellationToken);
        return [.. documents.Select(RunProgressDocuments.Read)];
    }
}
