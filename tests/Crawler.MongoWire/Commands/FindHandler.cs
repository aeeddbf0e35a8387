using Crawler.MongoWire.Engine;
using MongoDB.Bson;

namespace Crawler.MongoWire.Commands;

/// <summary><c>find</c>: filter, sort, projection, skip, limit, batchSize, singleBatch.</summary>
public sealed class FindHandler : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["find"];

    public BsonDocument Handle(CommandContext context, BsonDocument command)
    {
        CommandFields.EnsureKnown(command, "filter", "sort", "projection", "skip", "limit", "batchSize", "singleBatch");
        var name = CommandFields.CollectionName(command);
        var collection = context.Storage.Find(context.Database, name);
        var filter = CommandFields.OptionalDocument(command, "filter");
        IEnumerable<BsonDocument> results = collection?.Find(filter).ToList() ?? [];
        results = SortSpec.Apply(results, CommandFields.OptionalDocument(command, "sort"));
        results = results.Skip(CommandFields.OptionalInt(command, "skip") ?? 0);
        var limit = CommandFields.OptionalInt(command, "limit") ?? 0;
        var singleBatch = command.GetValue("singleBatch", false).ToBoolean() || limit < 0;
        if (limit != 0)
        {
            results = results.Take(Math.Abs(limit));
        }

        var projection = CommandFields.OptionalDocument(command, "projection");
        var projected = results.Select(document => Projection.Apply(document, projection)).ToList();
        return context.Storage.Cursors.Open(
            $"{context.Database}.{name}", projected, CommandFields.OptionalInt(command, "batchSize"), singleBatch);
    }
}
