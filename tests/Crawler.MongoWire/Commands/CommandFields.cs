using MongoDB.Bson;

namespace Crawler.MongoWire.Commands;

/// <summary>
/// Strictness for command options: a field the handler does not know is an error, never silently ignored.
/// </summary>
public static class CommandFields
{
    /// <summary>Fields the driver attaches to every command that do not change a standalone server's answer.</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "$db", "lsid", "$readPreference", "$clusterTime", "comment", "maxTimeMS", "writeConcern", "readConcern",
        "apiVersion", "apiStrict", "apiDeprecationErrors",
    };

    public static void EnsureKnown(BsonDocument command, params string[] known)
    {
        var name = command.GetElement(0).Name;
        foreach (var element in command.Skip(1))
        {
            if (!Generic.Contains(element.Name) && !known.Contains(element.Name))
            {
                throw WireCommandException.NotImplemented($"option '{element.Name}' of command '{name}'");
            }
        }
    }

    public static string CollectionName(BsonDocument command)
    {
        var value = command.GetElement(0).Value;
        return value.IsString
            ? value.AsString
            : throw new WireCommandException(73, "InvalidNamespace", $"collection name must be a string, got {value}");
    }

    public static int? OptionalInt(BsonDocument command, string field) =>
        command.TryGetValue(field, out var value) && !value.IsBsonNull ? value.ToInt32() : null;

    public static BsonDocument? OptionalDocument(BsonDocument command, string field) =>
        command.TryGetValue(field, out var value) && !value.IsBsonNull ? value.AsBsonDocument : null;

    /// <summary>A single-statement document (an update or delete statement) must use only known fields too.</summary>
    public static void EnsureKnownStatement(BsonDocument statement, string command, params string[] known)
    {
        foreach (var element in statement)
        {
            if (!known.Contains(element.Name))
            {
                throw WireCommandException.NotImplemented($"field '{element.Name}' in a '{command}' statement");
            }
        }
    }
}
