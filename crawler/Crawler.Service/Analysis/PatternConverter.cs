using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Crawler.Analysis;

/// <summary>A pattern of a <see cref="PatternTable"/>: one string, or a list of alternatives joined with <c>|</c>.</summary>
internal sealed class PatternConverter(RegexOptions options) : JsonConverter<Regex>
{
    public override Regex Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions serializerOptions)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new Regex(reader.GetString()!, options);
        }

        var alternatives = JsonSerializer.Deserialize<string[]>(ref reader, serializerOptions)
                           ?? throw new JsonException("a pattern is a string or a list of alternatives");
        return new Regex(string.Join('|', alternatives), options);
    }

    public override void Write(Utf8JsonWriter writer, Regex value, JsonSerializerOptions serializerOptions) =>
        writer.WriteStringValue(value.ToString());
}
