using System.Reflection;
using System.Text.Json;

namespace Crawler.Analysis;

/// <summary>
/// The name tables behind <see cref="CityNormalizer"/>: cities, districts, ATSX codes, countries, provinces. They are
/// data, kept in <c>Analysis/city-names.json</c> (embedded); each row there is the canonical name followed by its aliases.
/// </summary>
internal static class CityNames
{
    private static readonly JsonElement Table = Load();

    /// <summary>Canonical English city name → its Chinese name and other spellings.</summary>
    public static readonly (string Canonical, string[] Aliases)[] Cities = Rows("cities");

    /// <summary>District or tech-park name (without 区 suffix handling) → canonical city.</summary>
    public static readonly (string City, string[] Districts)[] Districts = Rows("districts");

    /// <summary>ATSX (ByteDance / Feishu Hire) location codes seen on the portals.</summary>
    public static readonly Dictionary<string, string> AtsxCodes =
        Table.GetProperty("atsxCodes").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.OrdinalIgnoreCase);

    /// <summary>Countries (and "nationwide"), kept as the country when no city is given.</summary>
    public static readonly (string Canonical, string[] Aliases)[] Countries = Rows("countries");

    /// <summary>Provinces: dropped when the same location also names a city ("杭州, 浙江").</summary>
    public static readonly HashSet<string> Provinces =
        new(Table.GetProperty("provinces").EnumerateArray().Select(p => p.GetString()!), StringComparer.OrdinalIgnoreCase);

    private static (string, string[])[] Rows(string name) =>
        [.. Table.GetProperty(name).EnumerateArray().Select(row =>
        {
            var names = row.EnumerateArray().Select(n => n.GetString()!).ToArray();
            return (names[0], names[1..]);
        })];

    private static JsonElement Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Crawler.Analysis.city-names.json")
                           ?? throw new InvalidOperationException("the embedded resource Analysis/city-names.json is missing");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.Clone();
    }
}
