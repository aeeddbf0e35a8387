using Crawler.Model;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;

namespace Crawler.Storage.Mongo;

/// <summary>Reads the <c>events</c> collection (<see cref="ChangeEvent"/> mapped by <see cref="ModelBsonMaps"/>) in <c>seq</c> order; <see cref="EventWriter"/> writes it.</summary>
internal sealed class MongoEventLog(IMongoCollection<BsonDocument> events) : IEventLog
{
    public async Task<IReadOnlyList<ChangeEvent>> ListEventsAsync(EventQuery query, CancellationToken cancellationToken)
    {
        var documents = await events.Find(Filter(query))
            .Sort(new BsonDocument("seq", query.NewestFirst ? -1 : 1))
            .Limit(query.Limit > 0 ? query.Limit : null)
            .ToListAsync(cancellationToken);
        return [.. documents.Select(d => BsonSerializer.Deserialize<ChangeEvent>(d))];
    }

    private static BsonDocument Filter(EventQuery query)
    {
        var range = new BsonDocument("$gt", query.AfterSequence);
        if (query.BeforeSequence is { } before) range["$lt"] = before;
        var filter = new BsonDocument("seq", range);
        if (query.Kinds is { Count: > 0 } kinds) filter["kind"] = new BsonDocument("$in", new BsonArray(kinds.Select(k => BsonFields.Enum(k))));
        if (query.SourceId is not null) filter["sourceId"] = query.SourceId;
        if (query.RunId is not null) filter["runId"] = query.RunId;
        return filter;
    }
}
