using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Crawler.Snapshots;

/// <summary>
/// Phrases of a posting's own text that prove its detail page is complete: runs of its description as the
/// listing (or the detail's own answer) gave it, which the page must show once it rendered the posting. A page that
/// shows it, with the title, needs only a short quiet moment before it is captured, instead of the full settle time;
/// a page that shows the title first and its description later is waited for. Nothing in it knows a portal's DOM.
/// </summary>
internal static partial class DetailProof
{
    /// <summary>Fewer letters than this are too common to prove anything (digits alone are an id, not text).</summary>
    internal const int MinLength = 8;

    /// <summary>The phrase is the first this many characters of the longest plain run.</summary>
    internal const int MaxLength = 40;

    /// <summary>How many phrases a posting offers: the first that was not on the page before routing to it proves it.</summary>
    internal const int MaxPhrases = 3;

    /// <summary>
    /// Phrases from <paramref name="text"/> that a page showing it would contain verbatim (whitespace and case
    /// aside), the longest runs first; empty when the text holds none long enough. HTML is stripped (tags end a run)
    /// and its entities decoded; plain text stays as it is. Line breaks, list markers and markdown's marks end a run,
    /// since a page renders them as elements, not as characters. Several, because a run may be boilerplate that the
    /// previous posting on the same page showed too.
    /// </summary>
    public static IReadOnlyList<string> Phrases(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        if (Tag().IsMatch(text)) text = WebUtility.HtmlDecode(Tag().Replace(text, "\n"));
        var runs = new List<string>();
        foreach (var line in text.Split('\n', '\r'))
        {
            foreach (var run in Breakers().Split(ListMarker().Replace(line, "")))
            {
                var plain = Spaces().Replace(run, " ").Trim();
                if (plain.Count(char.IsLetter) >= MinLength) runs.Add(plain.Length <= MaxLength ? plain : plain[..MaxLength].TrimEnd());
            }
        }

        return [.. runs.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(r => r.Length).Take(MaxPhrases)];
    }

    /// <summary>Phrases from the longest string in a detail's JSON answer (its description, as a rule).</summary>
    public static IReadOnlyList<string> FromAnswer(string? body)
    {
        if (string.IsNullOrEmpty(body)) return [];
        try
        {
            using var document = JsonDocument.Parse(body);
            return FromJson(document.RootElement);
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>Phrases from the longest string in <paramref name="element"/> (a URL is not a posting's text).</summary>
    public static IReadOnlyList<string> FromJson(JsonElement element)
    {
        string? longest = null;
        Longest(element, ref longest);
        return longest is null || Uri.IsWellFormedUriString(longest, UriKind.Absolute) ? [] : Phrases(longest);
    }

    private static void Longest(JsonElement element, ref string? longest)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                var value = element.GetString();
                if (value is not null && value.Length > (longest?.Length ?? 0)) longest = value;
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject()) Longest(property.Value, ref longest);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Longest(item, ref longest);
                break;
        }
    }

    [GeneratedRegex(@"<[A-Za-z/!][^>]*>")]
    private static partial Regex Tag();

    // Markdown's marks, bullets and characters an app may escape or drop: each ends a run.
    [GeneratedRegex(@"[*_#`\[\]()<>|~&;•·●▪■◆►\t\\]+")]
    private static partial Regex Breakers();

    [GeneratedRegex(@"^\s*(?:\d{1,3}[.)、．]|[（(]\d{1,3}[)）]|[-+*•·●])\s*")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
