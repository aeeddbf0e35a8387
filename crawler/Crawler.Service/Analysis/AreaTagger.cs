using System.Text.RegularExpressions;

namespace Crawler.Analysis;

/// <summary>
/// Tags a posting with the study's research areas, from the editable rules in <c>area-rules.json</c>.
/// Thread-safe and cheap per call: each area's plain keywords compile into one regular expression.
/// </summary>
public sealed class AreaTagger
{
    private readonly List<(string Tag, Regex? Any, Regex[][] AllOf)> _areas;

    /// <summary>Builds the matchers for <paramref name="rules"/>.</summary>
    public AreaTagger(AreaRules rules)
    {
        Rules = rules;
        _areas = rules.Areas.Select(Compile).ToList();
    }

    /// <summary>The rules in use (their <see cref="AreaRules.Version"/> is stamped on derived fields).</summary>
    public AreaRules Rules { get; }

    /// <summary>Area tags whose keywords occur in the title, description or requirement, in rules order.</summary>
    public IReadOnlyList<string> Tag(string? title, string? description, string? requirement)
    {
        var text = string.Join('\n', title, description, requirement);
        var tags = new List<string>();
        foreach (var (tag, any, allOf) in _areas)
        {
            if ((any?.IsMatch(text) ?? false) || allOf.Any(parts => parts.All(p => p.IsMatch(text))))
            {
                tags.Add(tag);
            }
        }

        return tags;
    }

    private static (string, Regex?, Regex[][]) Compile(AreaRule area)
    {
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
        var plain = area.Keywords.Where(k => !k.Contains('&', StringComparison.Ordinal)).Select(KeywordPattern.ToRegex).ToList();
        var any = plain.Count == 0 ? null : new Regex(string.Join('|', plain.Select(p => $"(?:{p})")), options);
        var allOf = area.Keywords.Where(k => k.Contains('&', StringComparison.Ordinal))
            .Select(k => k.Split('&').Select(p => new Regex(KeywordPattern.ToRegex(p), options)).ToArray())
            .ToArray();
        return (area.Tag, any, allOf);
    }
}
