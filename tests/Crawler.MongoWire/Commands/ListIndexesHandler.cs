using MongoDB.Bson;

namespace Crawler.MongoWire.Commands;

public sealed class ListIndexesHandler : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["listIndexes"];

    public BsonDocument Handle(CommandContext context, BsonDocument command)
    {
        CommandFields.EnsureKnown(command, "cursor");
        var name = CommandFields.CollectionName(command);
        var collection = context.Storage.Find(context.Database, name)
            ?? throw new WireCommandException(26, "NamespaceNotFound", $"ns does not exist: {context.Database}.{name}");
        var batchSize = CommandFields.OptionalDocument(command, "cursor") is { } cursor ? CommandFields.OptionalInt(cursor, "batchSize") : null;
        return context.Storage.Cursors.Open(collection.Namespace, collection.Indexes.Select(i => i.Describe()), batchSize);
    }
}
