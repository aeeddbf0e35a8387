using Crawler.MongoWire.Engine;

namespace Crawler.MongoWire.Commands;

/// <summary>What a handler sees: the storage, the target database (<c>$db</c>) and the connection.</summary>
public sealed record CommandContext(WireStorage Storage, string Database, int ConnectionId);
