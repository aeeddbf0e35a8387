using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Crawler.Analysis;

/// <summary>
/// A pattern of a <see cref="PatternTable"/>: one string, or a list of alternatives joined with <c>|</c>; with
/// <paramref name="fragments"/>, <c>{name}</c> is replaced by the fragment of that name (an unknown name fails).
/// </summary>
internal sealed partial class PatternConverter(RegexOptions options, IReadOnlyDictionary<string, string> fragments) : JsonConverter<Regex>
{
    public override Regex Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions serializerOptions)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return Compile(reader.GetString()!);
        }

        var alternatives = JsonSerializer.Deserialize<string[]>(ref reader, serializerOptions)
                           ?? throw new JsonException("a pattern is a string or a list of alternatives");
        return Compile(string.Join('|', alternatives));
    }

    public override void Write(Utf8JsonWriter writer, Regex value, JsonSerializerOptions serializerOptions) =>
        writer.WriteStringValue(value.ToString());

    private Regex Compile(string pattern)
    {
        if (fragments.Count > 0)
        {
            pattern = FragmentName().Replace(pattern, m => fragments.TryGetValue(m.Groups[1].Value, out var fragment)
                ? fragment
                : throw new JsonException($"the pattern names an unknown fragment {m.Value}"));
        }

        return new Regex(pattern, options);
    }

    // A letter first, so quantifiers such as {1,2} stay quantifiers; not after \p or \P, so Unicode classes such
    // as \p{IsCJKUnifiedIdeographs} stay classes.
    [GeneratedRegex(@"(?<!\\[pP])\{([A-Za-z]\w*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex FragmentName();
}
