using Crawler.MongoWire.Engine;
using MongoDB.Bson;

namespace Crawler.MongoWire.Commands;

public sealed class ListCollectionsHandler : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["listCollections"];

    public BsonDocument Handle(CommandContext context, BsonDocument command)
    {
        CommandFields.EnsureKnown(command, "filter", "nameOnly", "authorizedCollections", "cursor");
        var nameOnly = command.GetValue("nameOnly", false).ToBoolean();
        var filter = CommandFields.OptionalDocument(command, "filter");
        var described = context.Storage.List(context.Database)
            .Select(c => nameOnly
                ? new BsonDocument { { "name", c.Name }, { "type", "collection" } }
                : new BsonDocument
                {
                    { "name", c.Name },
                    { "type", "collection" },
                    { "options", new BsonDocument() },
                    { "info", new BsonDocument("readOnly", false) },
                    { "idIndex", IndexSpec.Id.Describe() },
                })
            .Where(d => filter is null || FilterMatcher.Matches(d, filter));
        var batchSize = CommandFields.OptionalDocument(command, "cursor") is { } cursor ? CommandFields.OptionalInt(cursor, "batchSize") : null;
        return context.Storage.Cursors.Open($"{context.Database}.$cmd.listCollections", described, batchSize);
    }
}
