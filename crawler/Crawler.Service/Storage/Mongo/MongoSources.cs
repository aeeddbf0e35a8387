using Crawler.Model;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Crawler.Storage.Mongo;

/// <summary>The <c>sources</c> collection's definitions and shared state (<see cref="SourceDocuments"/>).</summary>
internal sealed class MongoSources(IMongoCollection<BsonDocument> sources, string database, TimeProvider time) : ISourceStore
{
    public async Task UpsertSourcesAsync(IReadOnlyList<SourceDefinition> definitions, CancellationToken cancellationToken)
    {
        if (definitions.Count == 0) return;
        var now = time.GetUtcNow();
        var writes = definitions.Select(source => new UpdateOneModel<BsonDocument>(
            new BsonDocument("_id", source.Id),
            new BsonDocument
            {
                { "$set", SourceDocuments.Definition(source, now) },
                { "$setOnInsert", SourceDocuments.InitialState(now) },
            })
        { IsUpsert = true });
        await sources.BulkWriteAsync(writes, new BulkWriteOptions { IsOrdered = false }, cancellationToken);
    }

    public async Task<IReadOnlyList<SourceState>> ListSourceStatesAsync(CancellationToken cancellationToken)
    {
        var documents = await sources.Find(FilterDefinition<BsonDocument>.Empty)
            .Sort(new BsonDocument("_id", 1)).ToListAsync(cancellationToken);
        return [.. documents.Select(SourceDocuments.ReadState)];
    }

    public async Task<SourceState?> GetSourceStateAsync(string sourceId, CancellationToken cancellationToken)
    {
        var document = await sources.Find(new BsonDocument("_id", sourceId)).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : SourceDocuments.ReadState(document);
    }

    public async Task UpdateSourceStateAsync(SourceState state, CancellationToken cancellationToken)
    {
        var result = await sources.UpdateOneAsync(
            new BsonDocument("_id", state.SourceId),
            new BsonDocument("$set", SourceDocuments.Health(state)),
            cancellationToken: cancellationToken);
        // Same as the SQLite store: a state for an unknown source is a bug upstream, not something to drop.
        if (result.MatchedCount == 0) throw new SourceNotRegisteredException($"MongoDB store (database '{database}')", state.SourceId);
    }
}
