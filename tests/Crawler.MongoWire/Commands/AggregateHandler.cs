using Crawler.MongoWire.Aggregation;
using MongoDB.Bson;

namespace Crawler.MongoWire.Commands;

/// <summary><c>aggregate</c> on a collection (what CountDocuments and analyst queries send).</summary>
public sealed class AggregateHandler : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["aggregate"];

    public BsonDocument Handle(CommandContext context, BsonDocument command)
    {
        CommandFields.EnsureKnown(command, "pipeline", "cursor", "allowDiskUse");
        if (!command["aggregate"].IsString)
        {
            throw WireCommandException.NotImplemented("database-level aggregate");
        }

        var name = CommandFields.CollectionName(command);
        var input = context.Storage.Find(context.Database, name)?.Documents ?? [];
        var results = AggregationPipeline.Run(input, command["pipeline"].AsBsonArray);
        var batchSize = CommandFields.OptionalDocument(command, "cursor") is { } cursor ? CommandFields.OptionalInt(cursor, "batchSize") : null;
        return context.Storage.Cursors.Open($"{context.Database}.{name}", results, batchSize);
    }
}
