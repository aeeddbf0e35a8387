namespace Crawler.Alerts;

/// <summary>
/// Loose city matching: Chinese and English names of the big cities fold to one canonical name, and
/// suffixes (市, " City", " Shi") and case are ignored, so a filter for <c>Beijing</c> matches <c>北京市</c>.
/// Unknown names compare by their folded text.
/// </summary>
public static class CityNames
{
    private static readonly Dictionary<string, string> Aliases = Build(
        ("beijing", ["北京", "peking", "bj"]),
        ("shanghai", ["上海", "sh"]),
        ("hangzhou", ["杭州"]),
        ("shenzhen", ["深圳", "sz"]),
        ("guangzhou", ["广州", "canton"]),
        ("chengdu", ["成都"]),
        ("wuhan", ["武汉"]),
        ("nanjing", ["南京"]),
        ("xian", ["西安", "xi'an", "xi an"]),
        ("suzhou", ["苏州"]),
        ("tianjin", ["天津"]),
        ("chongqing", ["重庆"]),
        ("hefei", ["合肥"]),
        ("xiamen", ["厦门", "amoy"]),
        ("changsha", ["长沙"]),
        ("zhengzhou", ["郑州"]),
        ("qingdao", ["青岛"]),
        ("jinan", ["济南"]),
        ("dalian", ["大连"]),
        ("shenyang", ["沈阳"]),
        ("zhuhai", ["珠海"]),
        ("dongguan", ["东莞"]),
        ("hong kong", ["香港", "hongkong", "hk"]),
        ("macau", ["澳门", "macao"]),
        ("taipei", ["台北"]),
        ("singapore", ["新加坡"]),
        ("tokyo", ["东京"]),
        ("seoul", ["首尔"]),
        ("london", ["伦敦"]),
        ("paris", ["巴黎"]),
        ("san jose", ["圣何塞"]),
        ("seattle", ["西雅图"]),
        ("los angeles", ["洛杉矶"]),
        ("new york", ["纽约"]),
        ("san francisco", ["旧金山"]),
        ("mountain view", ["山景城"]));

    /// <summary>The canonical, lower-case name used for comparison.</summary>
    public static string Normalise(string city)
    {
        var folded = city.Trim().ToLowerInvariant();
        foreach (var suffix in new[] { "市", " city", " shi" })
        {
            if (folded.Length > suffix.Length && folded.EndsWith(suffix, StringComparison.Ordinal)) folded = folded[..^suffix.Length].TrimEnd();
        }

        return Aliases.TryGetValue(folded, out var canonical) ? canonical : folded;
    }

    private static Dictionary<string, string> Build(params (string Canonical, string[] Names)[] cities)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (canonical, names) in cities)
        {
            map[canonical] = canonical;
            map[canonical.Replace(" ", "", StringComparison.Ordinal)] = canonical;
            foreach (var name in names) map[name] = canonical;
        }

        return map;
    }
}
