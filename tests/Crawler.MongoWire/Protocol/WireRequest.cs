using MongoDB.Bson;

namespace Crawler.MongoWire.Protocol;

/// <summary>
/// One decoded request: the command document with OP_MSG kind-1 document sequences folded in as arrays
/// (so <c>insert</c> sees <c>documents</c> whether the driver sent it inline or as a sequence).
/// </summary>
public sealed record WireRequest(
    OpCode OpCode,
    int RequestId,
    BsonDocument Command,
    bool MoreToCome);
