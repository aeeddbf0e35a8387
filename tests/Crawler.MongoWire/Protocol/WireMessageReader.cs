using System.Buffers.Binary;
using System.Text;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;

namespace Crawler.MongoWire.Protocol;

/// <summary>Reads OP_MSG and legacy OP_QUERY messages from a stream.</summary>
public static class WireMessageReader
{
    private const int HeaderLength = 16;
    private const uint ChecksumPresent = 1;
    private const uint MoreToComeFlag = 1 << 1;
    private const uint KnownFlags = ChecksumPresent | MoreToComeFlag | (1 << 16);

    /// <summary>Returns the next request, or null when the client closed the connection.</summary>
    public static async Task<WireRequest?> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var header = new byte[HeaderLength];
        if (!await ReadExactAsync(stream, header, cancellationToken))
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        var requestId = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(4));
        var opCode = (OpCode)BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(12));
        if (length < HeaderLength || length > 48_000_000)
        {
            throw new InvalidDataException($"wire test server: message length {length} is out of range");
        }

        var body = new byte[length - HeaderLength];
        if (!await ReadExactAsync(stream, body, cancellationToken))
        {
            return null;
        }

        return opCode switch
        {
            OpCode.Msg => ParseMsg(requestId, body),
            OpCode.Query => ParseQuery(requestId, body),
            _ => throw new InvalidDataException($"wire test server: opcode {(int)opCode} is not implemented"),
        };
    }

    private static WireRequest ParseMsg(int requestId, byte[] body)
    {
        var flags = BinaryPrimitives.ReadUInt32LittleEndian(body);
        if ((flags & ~KnownFlags) != 0)
        {
            throw new InvalidDataException($"wire test server: OP_MSG flag bits 0x{flags:x} are not implemented");
        }

        var end = (flags & ChecksumPresent) != 0 ? body.Length - 4 : body.Length;
        var position = 4;
        BsonDocument? command = null;
        var sequences = new List<(string Name, BsonArray Documents)>();
        while (position < end)
        {
            var kind = body[position++];
            if (kind == 0)
            {
                command = ReadDocument(body, ref position);
            }
            else if (kind == 1)
            {
                var sectionEnd = position + BinaryPrimitives.ReadInt32LittleEndian(body.AsSpan(position));
                position += 4;
                var name = ReadCString(body, ref position);
                var documents = new BsonArray();
                while (position < sectionEnd)
                {
                    documents.Add(ReadDocument(body, ref position));
                }

                sequences.Add((name, documents));
            }
            else
            {
                throw new InvalidDataException($"wire test server: OP_MSG section kind {kind} is not implemented");
            }
        }

        if (command is null)
        {
            throw new InvalidDataException("wire test server: OP_MSG without a kind 0 section");
        }

        foreach (var (name, documents) in sequences)
        {
            command[name] = documents;
        }

        return new WireRequest(OpCode.Msg, requestId, command, (flags & MoreToComeFlag) != 0);
    }

    private static WireRequest ParseQuery(int requestId, byte[] body)
    {
        var position = 4; // flags
        var collection = ReadCString(body, ref position);
        position += 8; // numberToSkip, numberToReturn
        var query = ReadDocument(body, ref position);
        if (!collection.EndsWith(".$cmd", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"wire test server: OP_QUERY on '{collection}' is not implemented (only commands)");
        }

        // Legacy commands may wrap the document as { $query: {...}, $readPreference: ... }.
        var command = query.TryGetValue("$query", out var inner) ? inner.AsBsonDocument : query;
        command["$db"] = collection[..^".$cmd".Length];
        return new WireRequest(OpCode.Query, requestId, command, MoreToCome: false);
    }

    private static BsonDocument ReadDocument(byte[] buffer, ref int position)
    {
        var size = BinaryPrimitives.ReadInt32LittleEndian(buffer.AsSpan(position));
        var bytes = buffer.AsSpan(position, size).ToArray();
        position += size;
        return BsonSerializer.Deserialize<BsonDocument>(bytes);
    }

    private static string ReadCString(byte[] buffer, ref int position)
    {
        var end = Array.IndexOf(buffer, (byte)0, position);
        var value = Encoding.UTF8.GetString(buffer, position, end - position);
        position = end + 1;
        return value;
    }

    private static async Task<bool> ReadExactAsync(Stream stream, byte[] buffer, CancellationToken cancellationToken)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (n == 0)
            {
                return false;
            }

            read += n;
        }

        return true;
    }
}
