using MongoDB.Bson;

namespace Crawler.MongoWire;

/// <summary>
/// A command failure sent back to the client as <c>{ ok: 0, errmsg, code, codeName }</c>, the shape a real
/// server uses, so the driver raises the same exception type it would in production.
/// </summary>
public sealed class WireCommandException : Exception
{
    public WireCommandException(int code, string codeName, string message)
        : base(message)
    {
        Code = code;
        CodeName = codeName;
    }

    public WireCommandException()
        : this(8, "UnknownError", "wire test server: unknown error")
    {
    }

    public WireCommandException(string message)
        : this(8, "UnknownError", message)
    {
    }

    public WireCommandException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = 8;
        CodeName = "UnknownError";
    }

    public int Code { get; }

    public string CodeName { get; }

    /// <summary>Extra reply fields (e.g. <c>keyPattern</c> and <c>keyValue</c> of a duplicate key).</summary>
    public BsonDocument Details { get; init; } = [];

    /// <summary>The server lacks something a client asked for: fail loudly instead of ignoring it.</summary>
    public static WireCommandException NotImplemented(string what) =>
        new(115, "CommandNotSupported", $"wire test server: {what} is not implemented");

    public static WireCommandException UnknownCommand(string name) =>
        new(59, "CommandNotFound", $"wire test server: command '{name}' is not implemented");

    public static WireCommandException BadValue(string message) => new(2, "BadValue", message);
}
