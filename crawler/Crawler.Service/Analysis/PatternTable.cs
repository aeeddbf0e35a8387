using System.Text.Json;
using System.Text.RegularExpressions;

namespace Crawler.Analysis;

/// <summary>
/// Reads a record of regular expressions from one group of an embedded JSON table. Word lists are data, as the
/// area rules are: the file holds the patterns, the record gives callers typed names. A key missing from the
/// group, or one the record does not know, fails the load. A file may name shared pieces in a top-level
/// <c>fragments</c> object; <c>{name}</c> in a pattern stands for the fragment of that name.
/// </summary>
internal static class PatternTable
{
    /// <param name="resource">The embedded resource, e.g. <c>Crawler.Analysis.word-lists.json</c>.</param>
    /// <param name="group">The top-level property holding the record's keys.</param>
    /// <param name="options">How every pattern of the group matches (compiled in addition).</param>
    public static T Read<T>(string resource, string group, RegexOptions options)
        where T : class
    {
        using var stream = typeof(PatternTable).Assembly.GetManifestResourceStream(resource)
                           ?? throw new InvalidOperationException($"the embedded resource {resource} is missing");
        using var document = JsonDocument.Parse(stream);
        var fragments = document.RootElement.TryGetProperty("fragments", out var shared)
            ? shared.Deserialize<Dictionary<string, string>>() ?? new Dictionary<string, string>()
            : new Dictionary<string, string>();
        var json = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            RespectRequiredConstructorParameters = true,
            RespectNullableAnnotations = true,
            UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
            Converters = { new PatternConverter(options | RegexOptions.Compiled, fragments) },
        };
        return document.RootElement.GetProperty(group).Deserialize<T>(json)
               ?? throw new InvalidOperationException($"{resource}: the group {group} is null");
    }
}
