using System.Text.Json;
using System.Text.RegularExpressions;

namespace Crawler.Analysis;

/// <summary>
/// Loads and validates the area rules file. Every problem is an <see cref="InvalidDataException"/>
/// whose message names the file and the problem, so an analyst's typo stops start-up with a clear line.
/// </summary>
public static partial class AreaRulesLoader
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Loads the rules shipped next to the application (<see cref="AreaRules.DefaultRelativePath"/>).</summary>
    public static AreaRules LoadDefault() =>
        Load(Path.Combine(AppContext.BaseDirectory, AreaRules.DefaultRelativePath));

    /// <summary>Loads and validates the rules file at <paramref name="path"/>.</summary>
    public static AreaRules Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"Area rules file '{path}': file not found.");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses and validates rules JSON; <paramref name="source"/> names it in errors.</summary>
    public static AreaRules Parse(string json, string source)
    {
        Document? document;
        try
        {
            document = JsonSerializer.Deserialize<Document>(json, Json);
        }
        catch (JsonException ex)
        {
            throw Invalid(source, $"not valid JSON ({ex.Message})");
        }

        if (document is null)
        {
            throw Invalid(source, "the file is empty or 'null'");
        }

        if (document.Version is not > 0)
        {
            throw Invalid(source, "'version' must be a positive integer");
        }

        if (document.Areas is not { Count: > 0 })
        {
            throw Invalid(source, "'areas' must be a non-empty array");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var areas = new List<AreaRule>();
        for (var i = 0; i < document.Areas.Count; i++)
        {
            var area = document.Areas[i] ?? throw Invalid(source, $"areas[{i}] is null");
            if (string.IsNullOrWhiteSpace(area.Tag) || !TagShape().IsMatch(area.Tag))
            {
                throw Invalid(source, $"areas[{i}].tag '{area.Tag}' must be lower-case words joined by '-' (e.g. coding-agents)");
            }

            if (!seen.Add(area.Tag))
            {
                throw Invalid(source, $"areas[{i}].tag '{area.Tag}' appears twice");
            }

            if (area.Keywords is not { Count: > 0 })
            {
                throw Invalid(source, $"area '{area.Tag}' has no keywords");
            }

            for (var k = 0; k < area.Keywords.Count; k++)
            {
                var problem = KeywordProblem(area.Keywords[k]);
                if (problem is not null)
                {
                    throw Invalid(source, $"area '{area.Tag}' keywords[{k}] '{area.Keywords[k]}': {problem}");
                }
            }

            areas.Add(new AreaRule(area.Tag, string.IsNullOrWhiteSpace(area.Name) ? area.Tag : area.Name, area.Keywords!));
        }

        return new AreaRules(document.Version.Value, areas);
    }

    private static string? KeywordProblem(string? keyword)
    {
        if (string.IsNullOrWhiteSpace(keyword))
        {
            return "is empty";
        }

        var parts = keyword.Split('&');
        if (parts.Any(p => p.Trim().Trim('*').Length == 0))
        {
            return "has an empty part around '&' or '*'";
        }

        return parts.Any(p => p.TrimEnd('*').Contains('*', StringComparison.Ordinal))
            ? "'*' is allowed only at the end of a word"
            : null;
    }

    private static InvalidDataException Invalid(string source, string problem) =>
        new($"Area rules file '{source}': {problem}.");

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex TagShape();

    private sealed record Document(int? Version, List<AreaDocument?>? Areas);

    private sealed record AreaDocument(string? Tag, string? Name, List<string>? Keywords);
}
