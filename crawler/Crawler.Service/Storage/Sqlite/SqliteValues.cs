using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;

namespace Crawler.Storage.Sqlite;

/// <summary>
/// How values become columns: dates as sortable ISO-8601 UTC text, enums as lower-case words, nested
/// records as snake_case JSON with readable (unescaped) Chinese text, so analysts can query the file directly.
/// </summary>
internal static class SqliteValues
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Time(DateTimeOffset value) => value.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static string? Time(DateTimeOffset? value) => value is { } v ? Time(v) : null;

    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static string Word<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToLowerInvariant();

    public static TEnum ParseWord<TEnum>(string text)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(text, ignoreCase: true);

    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, Json);

    public static T FromJson<T>(string json) => (T)FromJson(json, typeof(T));

    public static object FromJson(string json, Type type) =>
        JsonSerializer.Deserialize(json, type, Json) ?? throw new JsonException($"Stored JSON is null where a {type.Name} was expected.");

    /// <summary>Adds a parameter; null becomes SQL NULL.</summary>
    public static void Bind(this SqliteCommand command, string name, object? value) =>
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);

    public static string? NullableString(this SqliteDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    public static string Text(this SqliteDataReader reader, string column) => reader.GetString(reader.GetOrdinal(column));

    public static long Integer(this SqliteDataReader reader, string column) => reader.GetInt64(reader.GetOrdinal(column));

    public static DateTimeOffset TimeAt(this SqliteDataReader reader, string column) => ParseTime(reader.Text(column));

    public static DateTimeOffset? NullableTimeAt(this SqliteDataReader reader, string column) =>
        reader.NullableString(column) is { } text ? ParseTime(text) : null;
}
