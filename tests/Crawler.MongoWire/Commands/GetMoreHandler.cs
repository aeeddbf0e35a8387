using MongoDB.Bson;

namespace Crawler.MongoWire.Commands;

public sealed class GetMoreHandler : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["getMore"];

    public BsonDocument Handle(CommandContext context, BsonDocument command)
    {
        CommandFields.EnsureKnown(command, "collection", "batchSize");
        var ns = $"{context.Database}.{command["collection"].AsString}";
        return context.Storage.Cursors.GetMore(command["getMore"].ToInt64(), ns, CommandFields.OptionalInt(command, "batchSize"));
    }
}
