using System.Globalization;
using System.Text.Json;
using Crawler.Model;

namespace Crawler.Portals.Shared;

/// <summary>
/// Tolerant-but-honest readers for portal JSON: a missing or null optional field is null; a field of the
/// wrong type is a <see cref="PortalException"/> naming the field, never a silent default.
/// </summary>
public static class JsonFields
{
    public static JsonElement? Child(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    public static string? OptionalString(JsonElement element, string name, string context) =>
        Child(element, name) switch
        {
            null => null,
            { ValueKind: JsonValueKind.String } s => s.GetString(),
            { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
            var other => throw new PortalException($"{context}: field '{name}' should be a string but is {other.Value.ValueKind}"),
        };

    public static string RequiredString(JsonElement element, string name, string context) =>
        OptionalString(element, name, context) is { Length: > 0 } value
            ? value
            : throw new PortalException($"{context}: required field '{name}' is missing or empty");

    public static long? OptionalLong(JsonElement element, string name, string context) =>
        Child(element, name) switch
        {
            null => null,
            { ValueKind: JsonValueKind.Number } n when n.TryGetInt64(out var v) => v,
            { ValueKind: JsonValueKind.String } s when long.TryParse(s.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) => v,
            { ValueKind: JsonValueKind.String } s when string.IsNullOrEmpty(s.GetString()) => null,
            var other => throw new PortalException($"{context}: field '{name}' should be a number but is {other.Value.GetRawText()}"),
        };

    /// <summary>A time sent as Unix milliseconds (ATSX <c>publish_time</c>, Alibaba <c>publishTime</c>), or null.</summary>
    public static DateTimeOffset? OptionalUnixMilliseconds(JsonElement element, string name, string context) =>
        OptionalLong(element, name, context) is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    /// <summary>
    /// A posting record's id and the context its other fields' errors name (<c>ATSX post 123</c>); a record that is
    /// not an object, or has no id, is a portal error naming <paramref name="what"/>.
    /// </summary>
    public static (string Id, string Context) RecordId(JsonElement record, string what)
    {
        if (record.ValueKind != JsonValueKind.Object) throw new PortalException($"{what}: expected an object, got {record.ValueKind}");
        var id = RequiredString(record, "id", what);
        return (id, $"{what} {id}");
    }

    public static IEnumerable<JsonElement> OptionalArray(JsonElement element, string name, string context) =>
        Child(element, name) switch
        {
            null => [],
            { ValueKind: JsonValueKind.Array } a => a.EnumerateArray(),
            var other => throw new PortalException($"{context}: field '{name}' should be an array but is {other.Value.ValueKind}"),
        };

    /// <summary>Parses a whole response body, turning malformed JSON (a truncated answer, say) into a portal error.</summary>
    public static JsonDocument Parse(string body, string context)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            var preview = body.Length > 120 ? body[..120] + "…" : body;
            throw new PortalException($"{context}: malformed JSON ({ex.Message}); body starts: {preview}", ex);
        }
    }
}
