using System.Text.Json;
using System.Text.RegularExpressions;
using Crawler.Portals.Declarative;

namespace Crawler.Probing;

/// <summary>
/// Guesses the JSON paths of the optional posting fields from the property names and values of sample items
/// (description, requirement, cities, category, recruit type, date, url). Every guess is reported as one.
/// </summary>
internal static class ItemFieldGuesser
{
    private static readonly ItemKeyNames Names = ItemKeyNames.Instance;
    private static readonly string[] LabelNames = ["name", "label", "title", "cityName", "city_name", "value", "text", "zh_cn"];

    /// <summary>Field name to JSON path relative to one item; only fields found in the sample.</summary>
    public static IReadOnlyDictionary<string, string> Guess(IReadOnlyList<JsonElement> items)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var sample = items.Where(i => i.ValueKind == JsonValueKind.Object).ToList();
        if (sample.Count == 0) return found;
        var keys = sample.SelectMany(i => i.EnumerateObject().Select(p => p.Name)).Distinct(StringComparer.Ordinal).ToList();

        string? Text(Regex name, int minLength = 0) => keys.Where(k => name.IsMatch(k))
            .Select(k => (Key: k, Length: sample.Average(i => i.TryGetProperty(k, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()!.Length : 0)))
            .Where(c => c.Length > minLength).OrderByDescending(c => c.Length).Select(c => c.Key).FirstOrDefault();

        if (Text(Names.Description, 10) is { } description) found[DeclarativeFields.Description] = description;
        if (Text(Names.Requirement, 10) is { } requirement) found[DeclarativeFields.Requirement] = requirement;
        if (keys.FirstOrDefault(k => Names.Cities.IsMatch(k)) is { } cities && ValuePath(sample, cities) is { } citiesPath) found[DeclarativeFields.Cities] = citiesPath;
        if (keys.FirstOrDefault(k => Names.Category.IsMatch(k)) is { } category && ValuePath(sample, category) is { } categoryPath) found[DeclarativeFields.Category] = categoryPath;
        if (keys.FirstOrDefault(k => Names.RecruitType.IsMatch(k)) is { } type && ValuePath(sample, type) is { } typePath) found[DeclarativeFields.RecruitType] = typePath;
        if (keys.FirstOrDefault(k => Names.Published.IsMatch(k) && sample.Any(i => i.TryGetProperty(k, out var v) && v.ValueKind is JsonValueKind.String or JsonValueKind.Number)) is { } published)
            found[DeclarativeFields.PublishedAt] = published;
        if (keys.FirstOrDefault(k => Names.Link.IsMatch(k) && sample.All(i => i.TryGetProperty(k, out var v) && v.ValueKind == JsonValueKind.String)) is { } url) found[DeclarativeFields.Url] = url;
        return found;
    }

    /// <summary>A path to the key's text values: <c>k</c> (text), <c>k[]</c> (array of text), <c>k.name</c> / <c>k[].name</c> (objects).</summary>
    private static string? ValuePath(List<JsonElement> sample, string key)
    {
        var value = sample.Select(i => i.TryGetProperty(key, out var v) ? v : default).FirstOrDefault(v => v.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null));
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return key;
            case JsonValueKind.Object:
                return LabelOf(value) is { } label ? key + "." + label : null;
            case JsonValueKind.Array:
                var first = value.EnumerateArray().FirstOrDefault();
                if (first.ValueKind == JsonValueKind.String) return key + "[]";
                return first.ValueKind == JsonValueKind.Object && LabelOf(first) is { } inner ? key + "[]." + inner : null;
            default:
                return null;
        }
    }

    private static string? LabelOf(JsonElement obj) =>
        LabelNames.FirstOrDefault(n => obj.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String) is { } direct
            ? direct
            : LabelNames.Select(n => obj.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.Object && LabelOf(v) is { } deeper ? n + "." + deeper : null).FirstOrDefault(p => p is not null);
}
