using MongoDB.Bson;

namespace Crawler.MongoWire.Commands;

/// <summary>Handles one command (or its aliases, e.g. <c>hello</c> and <c>isMaster</c>).</summary>
public interface ICommandHandler
{
    IReadOnlyList<string> Names { get; }

    /// <summary>Runs the command under the storage gate and returns the reply (without <c>ok</c> when it is 1).</summary>
    BsonDocument Handle(CommandContext context, BsonDocument command);
}
