using MongoDB.Bson;

namespace Crawler.MongoWire.Commands;

public sealed class PingHandler : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["ping"];

    public BsonDocument Handle(CommandContext context, BsonDocument command)
    {
        CommandFields.EnsureKnown(command);
        return [];
    }
}
