using MongoDB.Bson;

namespace Crawler.MongoWire.Commands;

public sealed class KillCursorsHandler : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["killCursors"];

    public BsonDocument Handle(CommandContext context, BsonDocument command)
    {
        CommandFields.EnsureKnown(command, "cursors");
        var killed = new BsonArray();
        var notFound = new BsonArray();
        foreach (var id in command["cursors"].AsBsonArray)
        {
            (context.Storage.Cursors.Kill(id.ToInt64()) ? killed : notFound).Add(id);
        }

        return new BsonDocument
        {
            { "cursorsKilled", killed },
            { "cursorsNotFound", notFound },
            { "cursorsAlive", new BsonArray() },
            { "cursorsUnknown", new BsonArray() },
        };
    }
}
