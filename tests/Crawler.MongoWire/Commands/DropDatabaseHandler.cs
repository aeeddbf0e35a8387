using MongoDB.Bson;

namespace Crawler.MongoWire.Commands;

public sealed class DropDatabaseHandler : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["dropDatabase"];

    public BsonDocument Handle(CommandContext context, BsonDocument command)
    {
        CommandFields.EnsureKnown(command);
        context.Storage.DropDatabase(context.Database);
        return new BsonDocument("dropped", context.Database);
    }
}
