using Crawler.MongoWire.Engine;
using MongoDB.Bson;

namespace Crawler.MongoWire.Commands;

/// <summary>Routes a command by its first field to its handler; an unknown command is an error reply.</summary>
public sealed class CommandDispatcher
{
    private readonly Dictionary<string, ICommandHandler> _handlers = new(StringComparer.Ordinal);
    private readonly WireStorage _storage;

    public CommandDispatcher(WireStorage storage, IEnumerable<ICommandHandler> handlers)
    {
        _storage = storage;
        foreach (var handler in handlers)
        {
            foreach (var name in handler.Names)
            {
                _handlers.Add(name, handler);
            }
        }
    }

    /// <summary>Names of every command the server answers.</summary>
    public IReadOnlyCollection<string> CommandNames => _handlers.Keys;

    public BsonDocument Dispatch(BsonDocument command, int connectionId)
    {
        try
        {
            if (command.ElementCount == 0)
            {
                throw WireCommandException.UnknownCommand("");
            }

            var name = command.GetElement(0).Name;
            if (!_handlers.TryGetValue(name, out var handler))
            {
                throw WireCommandException.UnknownCommand(name);
            }

            var database = command.TryGetValue("$db", out var db) ? db.AsString : "admin";
            BsonDocument reply;
            lock (_storage.Gate)
            {
                reply = handler.Handle(new CommandContext(_storage, database, connectionId), command);
            }

            if (!reply.Contains("ok"))
            {
                reply["ok"] = 1.0;
            }

            return reply;
        }
        catch (WireCommandException ex)
        {
            var error = new BsonDocument
            {
                { "ok", 0.0 },
                { "errmsg", ex.Message },
                { "code", ex.Code },
                { "codeName", ex.CodeName },
            };
            error.Merge(ex.Details);
            return error;
        }
        catch (Exception ex) when (ex is InvalidCastException or FormatException or ArgumentException or KeyNotFoundException or OverflowException)
        {
            // Malformed input the handler did not expect: still answer, so the client fails instead of hanging.
            return new BsonDocument
            {
                { "ok", 0.0 },
                { "errmsg", $"wire test server: cannot process command: {ex.Message}" },
                { "code", 9 },
                { "codeName", "FailedToParse" },
            };
        }
    }
}
