using System.Text.RegularExpressions;

namespace Crawler.Analysis;

/// <summary>
/// Folds the portals' location strings into canonical English city names.
/// </summary>
/// <remarks>
/// Accepts Chinese and English names (北京, 北京市, Beijing, Beijing City), ATSX codes (CT_11),
/// districts and tech parks (海淀区, 浦东新区, 余杭区, 南山区, 中关村) and compound strings
/// ("北京市海淀区", "Haidian District, Beijing", "北京/上海"). When a string names a city, its country and
/// province parts are dropped; a country-only string is kept as the country ("China", "United States");
/// anything unknown is kept trimmed as given. The result is de-duplicated in first-seen order.
/// </remarks>
public static partial class CityNormalizer
{
    private enum Kind { City, Country, Province }

    private static readonly Dictionary<string, (Kind Kind, string Name)> Lookup = BuildLookup();
    private static readonly (string Prefix, string City)[] ChinesePrefixes = BuildPrefixes();

    /// <summary>Canonical, de-duplicated city names in first-seen order.</summary>
    public static IReadOnlyList<string> Normalize(IEnumerable<string?> locations)
    {
        var result = new List<string>();
        foreach (var location in locations)
        {
            foreach (var name in NormalizeOne(location))
            {
                if (!result.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    result.Add(name);
                }
            }
        }

        return result;
    }

    /// <summary>Canonical name of one location string, or null when it is blank.</summary>
    public static string? NormalizeSingle(string? location) => NormalizeOne(location).FirstOrDefault();

    private static IEnumerable<string> NormalizeOne(string? location)
    {
        var whole = location?.Trim();
        if (string.IsNullOrEmpty(whole))
        {
            return [];
        }

        var resolved = Separators().Split(whole)
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .Select(Resolve)
            .Where(r => r is not null)
            .Select(r => r!.Value)
            .ToList();

        var cities = resolved.Where(r => r.Kind == Kind.City).Select(r => r.Name).ToList();
        if (cities.Count > 0)
        {
            return cities;
        }

        var countries = resolved.Where(r => r.Kind == Kind.Country).Select(r => r.Name).ToList();
        return countries.Count > 0 ? countries : [whole];
    }

    private static (Kind Kind, string Name)? Resolve(string part)
    {
        if (AtsxCode().IsMatch(part))
        {
            return CityNames.AtsxCodes.TryGetValue(part, out var coded) ? (Kind.City, coded) : null;
        }

        if (Lookup.TryGetValue(Key(part), out var hit))
        {
            return hit;
        }

        var stripped = Suffix().Replace(part, "");
        if (stripped.Length > 0 && Lookup.TryGetValue(Key(stripped), out hit))
        {
            return hit;
        }

        foreach (var (prefix, city) in ChinesePrefixes)
        {
            if (part.StartsWith(prefix, StringComparison.Ordinal))
            {
                return (Kind.City, city);
            }
        }

        return null;
    }

    private static string Key(string name) => Whitespace().Replace(name, "").ToUpperInvariant();

    private static Dictionary<string, (Kind, string)> BuildLookup()
    {
        var lookup = new Dictionary<string, (Kind, string)>();
        foreach (var (canonical, aliases) in CityNames.Cities)
        {
            foreach (var alias in aliases.Append(canonical))
            {
                lookup[Key(alias)] = (Kind.City, canonical);
            }
        }

        foreach (var (city, districts) in CityNames.Districts)
        {
            foreach (var district in districts)
            {
                lookup.TryAdd(Key(district), (Kind.City, city));
                var bare = Suffix().Replace(district, "");
                if (bare.Length >= 2)
                {
                    lookup.TryAdd(Key(bare), (Kind.City, city));
                }
            }
        }

        foreach (var (canonical, aliases) in CityNames.Countries)
        {
            foreach (var alias in aliases.Append(canonical))
            {
                lookup.TryAdd(Key(alias), (Kind.Country, canonical));
            }
        }

        foreach (var province in CityNames.Provinces)
        {
            lookup.TryAdd(Key(province), (Kind.Province, province));
        }

        return lookup;
    }

    private static (string, string)[] BuildPrefixes() =>
        CityNames.Cities.SelectMany(c => c.Aliases.Where(IsChinese).Select(a => (a, c.Canonical)))
            .Concat(CityNames.Districts.SelectMany(d => d.Districts.Where(IsChinese).Select(n => (Suffix().Replace(n, ""), d.City))))
            .Where(p => p.Item1.Length >= 2)
            .OrderByDescending(p => p.Item1.Length)
            .ToArray();

    private static bool IsChinese(string s) => s.Length > 0 && s[0] >= '\u4e00' && s[0] <= '\u9fff';

    [GeneratedRegex(@"[,，、/;；|｜·]|\s+-\s+|(?<=[\u4e00-\u9fff])-|-(?=[\u4e00-\u9fff])", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    [GeneratedRegex(@"^CT_\d+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AtsxCode();

    [GeneratedRegex(@"(?:特别行政区|市辖区|新区|市|省|区|县|\s+(?:city|district|shi|province|new\s+area))$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Suffix();

    [GeneratedRegex(@"[\s\.]+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
