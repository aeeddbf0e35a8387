using MongoDB.Bson;

namespace Crawler.MongoWire.Commands;

/// <summary>
/// The handshake and monitoring command (<c>hello</c>, legacy <c>isMaster</c>). Describes a standalone
/// 7.0 server with sessions and no <c>topologyVersion</c>, so the driver polls instead of streaming.
/// </summary>
public sealed class HelloHandler : ICommandHandler
{
    public const int MaxWireVersion = 21;

    public IReadOnlyList<string> Names { get; } = ["hello", "isMaster", "ismaster"];

    public BsonDocument Handle(CommandContext context, BsonDocument command)
    {
        CommandFields.EnsureKnown(command, "helloOk", "client", "compression", "saslSupportedMechs", "speculativeAuthenticate", "loadBalanced", "backpressure");
        var reply = new BsonDocument();
        if (command.GetValue("helloOk", false).ToBoolean())
        {
            reply["helloOk"] = true;
        }

        reply[command.GetElement(0).Name == "hello" ? "isWritablePrimary" : "ismaster"] = true;
        reply.AddRange(new BsonDocument
        {
            { "maxBsonObjectSize", 16 * 1024 * 1024 },
            { "maxMessageSizeBytes", 48_000_000 },
            { "maxWriteBatchSize", 100_000 },
            { "localTime", new BsonDateTime(TimeProvider.System.GetUtcNow().UtcDateTime) },
            { "logicalSessionTimeoutMinutes", 30 },
            { "connectionId", context.ConnectionId },
            { "minWireVersion", 0 },
            { "maxWireVersion", MaxWireVersion },
            { "readOnly", false },
        });
        return reply;
    }
}
