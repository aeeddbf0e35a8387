using System.Text.Json;
using System.Text.RegularExpressions;

namespace Crawler.Probing;

/// <summary>
/// Finds the list call among the page's JSON answers: an array of objects that carry an id-like and a
/// title-like property (distinct ids), preferably with a total-like number beside it. Knows no portal.
/// </summary>
internal static class ListCallFinder
{
    private static readonly ListKeyNames Names = ListKeyNames.Instance;

    /// <summary>The best list call in <paramref name="answers"/>, or null when no answer holds postings.</summary>
    public static ListCall? Find(IEnumerable<JsonAnswer> answers) =>
        answers.Where(a => a.Status is >= 200 and < 300)
            .SelectMany(a => Arrays(a.Body.RootElement, "", []).Select(found => Candidate(a, found.Path, found.Array, found.Containers)))
            .OfType<(ListCall Call, int Score)>()
            .OrderByDescending(c => c.Score).ThenBy(c => c.Call.Answer.Sequence)
            .Select(c => c.Call).FirstOrDefault();

    /// <summary>Reads the same list shape out of another answer of the same call (the next page): its items and total.</summary>
    public static ListCall? Same(ListCall first, JsonAnswer answer)
    {
        var array = Navigate(answer.Body.RootElement, first.ItemsPath.TrimEnd(']').TrimEnd('['));
        if (array is not { ValueKind: JsonValueKind.Array } a) return null;
        var total = first.TotalPath is null ? null : Navigate(answer.Body.RootElement, first.TotalPath) is { ValueKind: JsonValueKind.Number } t && t.TryGetInt32(out var n) ? n : (int?)null;
        return first with { Answer = answer, Items = [.. a.EnumerateArray()], Total = total };
    }

    private static (ListCall, int)? Candidate(JsonAnswer answer, string path, JsonElement array, IReadOnlyList<(string Path, JsonElement Element)> containers)
    {
        var items = array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).ToList();
        if (items.Count == 0) return null;
        var keys = items[0].EnumerateObject().Select(p => p.Name).ToList();
        var id = keys.Where(k => Names.Id.IsMatch(k) && Distinct(items, k)).OrderBy(IdRank).FirstOrDefault();
        var title = keys.Where(k => Names.Title.IsMatch(k) && k != id && items.All(i => i.TryGetProperty(k, out var v) && v.ValueKind == JsonValueKind.String))
            .OrderBy(k => k.Contains("title", StringComparison.OrdinalIgnoreCase) ? 0 : 1).FirstOrDefault();
        if (id is null || title is null) return null;

        (string Path, int Value)? total = null;
        foreach (var (containerPath, container) in containers.Reverse())
        {
            total = Totals(container, containerPath).Where(t => t.Value >= items.Count).Select(t => ((string, int)?)t).FirstOrDefault();
            if (total is not null) break;
        }

        var (okPath, okValue) = OkMarker(answer.Body.RootElement);
        var score = (items.Count * 10) + (total is null ? 0 : 50) + (keys.Count > 3 ? 5 : 0);
        return (new ListCall(answer, path + "[]", items, id, title, total?.Path, total?.Value, okPath, okValue), score);
    }

    private static bool Distinct(List<JsonElement> items, string key)
    {
        var values = items.Select(i => i.TryGetProperty(key, out var v) && v.ValueKind is JsonValueKind.String or JsonValueKind.Number ? v.ToString() : null).ToList();
        return values.All(v => !string.IsNullOrEmpty(v)) && values.Distinct(StringComparer.Ordinal).Count() == values.Count;
    }

    private static int IdRank(string key) =>
        key.Equals("id", StringComparison.OrdinalIgnoreCase) ? 0 : Names.PostingWord.IsMatch(key) ? 1 : 2;

    /// <summary>Total-like numbers directly in <paramref name="container"/> or in a paging object inside it.</summary>
    private static IEnumerable<(string Path, int Value)> Totals(JsonElement container, string path)
    {
        if (container.ValueKind != JsonValueKind.Object) yield break;
        foreach (var p in container.EnumerateObject())
        {
            var childPath = path.Length == 0 ? p.Name : path + "." + p.Name;
            if (Names.Total.IsMatch(p.Name) && Number(p.Value) is { } n) yield return (childPath, n);
            if (p.Value.ValueKind == JsonValueKind.Object && Names.Paging.IsMatch(p.Name))
            {
                foreach (var inner in p.Value.EnumerateObject().Where(i => Names.Total.IsMatch(i.Name) && Number(i.Value) is not null))
                    yield return (childPath + "." + inner.Name, Number(inner.Value)!.Value);
            }
        }
    }

    private static int? Number(JsonElement e) =>
        e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var n) && n >= 0 ? n : null;

    /// <summary>A success marker at the root of an answer (<c>code</c> 0, <c>status</c> ok, <c>success</c> true); nulls when none.</summary>
    internal static (string? Path, string? Value) OkMarker(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) return (null, null);
        foreach (var p in root.EnumerateObject())
        {
            var text = p.Value.ValueKind switch
            {
                JsonValueKind.Number => p.Value.GetRawText(),
                JsonValueKind.String => p.Value.GetString(),
                JsonValueKind.True => "true",
                _ => null,
            };
            if (text is null) continue;
            if (Names.Ok.IsMatch(p.Name) && text is "0" or "200" or "ok" or "OK" or "success" or "SUCCESS" or "true") return (p.Name, text);
        }

        return (null, null);
    }

    private static IEnumerable<(string Path, JsonElement Array, IReadOnlyList<(string, JsonElement)> Containers)> Arrays(
        JsonElement element, string path, IReadOnlyList<(string, JsonElement)> containers)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            yield return (path, element, containers);
            yield break;
        }

        if (element.ValueKind != JsonValueKind.Object) yield break;
        IReadOnlyList<(string, JsonElement)> inner = [.. containers, (path, element)];
        foreach (var p in element.EnumerateObject())
        {
            foreach (var found in Arrays(p.Value, path.Length == 0 ? p.Name : path + "." + p.Name, inner)) yield return found;
        }
    }

    /// <summary>Follows a dot path of property names (no arrays) from <paramref name="root"/>.</summary>
    public static JsonElement? Navigate(JsonElement root, string path)
    {
        var current = root;
        foreach (var name in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current)) return null;
        }

        return current;
    }
}
