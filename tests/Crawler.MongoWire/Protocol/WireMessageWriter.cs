using System.Buffers.Binary;
using MongoDB.Bson;

namespace Crawler.MongoWire.Protocol;

/// <summary>Writes replies: OP_MSG for OP_MSG requests, OP_REPLY for the legacy OP_QUERY handshake.</summary>
public static class WireMessageWriter
{
    private static int _nextRequestId;

    public static byte[] Reply(WireRequest request, BsonDocument reply)
    {
        var document = reply.ToBson();
        var requestId = Interlocked.Increment(ref _nextRequestId);
        if (request.OpCode == OpCode.Query)
        {
            // OP_REPLY: responseFlags, cursorID, startingFrom, numberReturned, documents.
            var message = new byte[16 + 20 + document.Length];
            WriteHeader(message, requestId, request.RequestId, OpCode.Reply);
            BinaryPrimitives.WriteInt32LittleEndian(message.AsSpan(32), 1);
            document.CopyTo(message, 36);
            return message;
        }

        // OP_MSG: flagBits, one kind 0 section.
        var msg = new byte[16 + 4 + 1 + document.Length];
        WriteHeader(msg, requestId, request.RequestId, OpCode.Msg);
        msg[20] = 0;
        document.CopyTo(msg, 21);
        return msg;
    }

    private static void WriteHeader(byte[] message, int requestId, int responseTo, OpCode opCode)
    {
        BinaryPrimitives.WriteInt32LittleEndian(message, message.Length);
        BinaryPrimitives.WriteInt32LittleEndian(message.AsSpan(4), requestId);
        BinaryPrimitives.WriteInt32LittleEndian(message.AsSpan(8), responseTo);
        BinaryPrimitives.WriteInt32LittleEndian(message.AsSpan(12), (int)opCode);
    }
}
