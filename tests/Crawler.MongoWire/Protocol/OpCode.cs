namespace Crawler.MongoWire.Protocol;

/// <summary>The wire-protocol opcodes the server understands (and OP_REPLY, which it only sends).</summary>
public enum OpCode
{
    Reply = 1,
    Query = 2004,
    Compressed = 2012,
    Msg = 2013,
}
