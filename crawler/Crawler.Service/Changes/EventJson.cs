using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Crawler.Model;

namespace Crawler.Changes;

/// <summary>The JSON-lines form of events (console, files, <c>events</c>): camelCase, kinds as words, UTF-8 text unescaped.</summary>
public static class EventJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(ChangeEvent change) => JsonSerializer.Serialize(change, Options);
}
