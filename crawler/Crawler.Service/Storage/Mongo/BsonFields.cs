using MongoDB.Bson;

namespace Crawler.Storage.Mongo;

/// <summary>Small conversions between the domain records and readable BSON (dates, enums as lower-case strings).</summary>
internal static class BsonFields
{
    public static BsonValue Date(DateTimeOffset value) => new BsonDateTime(value.UtcDateTime);

    public static BsonValue Date(DateTimeOffset? value) => value is { } v ? Date(v) : BsonNull.Value;

    public static BsonValue Text(string? value) => value is null ? BsonNull.Value : new BsonString(value);

    public static BsonValue Enum<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    public static BsonValue Enum<T>(T? value)
        where T : struct, Enum => value is { } v ? Enum(v) : BsonNull.Value;

    public static BsonArray Strings(IEnumerable<string> values) => new(values);

    public static DateTimeOffset ReadDate(BsonDocument document, string name) =>
        new(document[name].ToUniversalTime(), TimeSpan.Zero);

    public static DateTimeOffset? ReadNullableDate(BsonDocument document, string name) =>
        document.TryGetValue(name, out var value) && !value.IsBsonNull ? new DateTimeOffset(value.ToUniversalTime(), TimeSpan.Zero) : null;

    public static string? ReadText(BsonDocument document, string name) =>
        document.TryGetValue(name, out var value) && !value.IsBsonNull ? value.AsString : null;

    public static int ReadInt(BsonDocument document, string name) =>
        document.TryGetValue(name, out var value) && !value.IsBsonNull ? value.ToInt32() : 0;

    public static bool ReadBool(BsonDocument document, string name) =>
        document.TryGetValue(name, out var value) && !value.IsBsonNull && value.ToBoolean();

    public static T ReadEnum<T>(BsonDocument document, string name)
        where T : struct, Enum => System.Enum.Parse<T>(document[name].AsString, ignoreCase: true);

    public static T? ReadNullableEnum<T>(BsonDocument document, string name)
        where T : struct, Enum =>
        document.TryGetValue(name, out var value) && !value.IsBsonNull ? System.Enum.Parse<T>(value.AsString, ignoreCase: true) : null;

    public static IReadOnlyList<string> ReadStrings(BsonDocument document, string name) =>
        document.TryGetValue(name, out var value) && value is BsonArray array ? [.. array.Select(v => v.AsString)] : [];
}
