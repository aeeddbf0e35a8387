using MongoDB.Bson;

namespace Crawler.MongoWire.Commands;

/// <summary>Sent when a client is disposed; sessions carry no state here.</summary>
public sealed class EndSessionsHandler : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["endSessions"];

    public BsonDocument Handle(CommandContext context, BsonDocument command)
    {
        CommandFields.EnsureKnown(command);
        return [];
    }
}
