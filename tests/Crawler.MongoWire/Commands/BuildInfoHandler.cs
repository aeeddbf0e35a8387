using MongoDB.Bson;

namespace Crawler.MongoWire.Commands;

public sealed class BuildInfoHandler : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["buildInfo", "buildinfo"];

    public BsonDocument Handle(CommandContext context, BsonDocument command)
    {
        CommandFields.EnsureKnown(command);
        return new BsonDocument
        {
            { "version", "7.0.0-wire-test" },
            { "versionArray", new BsonArray { 7, 0, 0, 0 } },
            { "maxBsonObjectSize", 16 * 1024 * 1024 },
        };
    }
}
