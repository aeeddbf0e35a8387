using System.Globalization;
using System.Text.Json.Nodes;

namespace Crawler.Portals.Declarative;

/// <summary>
/// One list request the page itself made, taken apart into the scalar fields that may differ from page to page:
/// the URL's query parameters (<c>query:page</c>), a form body's fields (<c>form:page</c>) and a JSON body's leaves
/// (<c>json:$.paging.page</c>). <see cref="ListRequestReplay.Learn"/> compares two of them to find the page field.
/// </summary>
internal sealed class ListRequest(string method, string address, string? body, IReadOnlyDictionary<string, string> headers, Dictionary<string, string> fields, JsonNode? json)
{
    private static readonly string[] HeadersNotCopied = ["host", "cookie", "content-length", "connection", "origin", "referer", "user-agent", "accept-encoding"];

    public string Method { get; } = method;

    /// <summary>Scheme, host and path: what must be equal for two calls to be the same call.</summary>
    public string Address { get; } = address;

    public string? Body { get; } = body;

    /// <summary>What the page's <c>fetch</c> sends as credentials: <c>include</c> when the page's call carried a cookie.</summary>
    public string Credentials { get; private init; } = "same-origin";

    /// <summary>The headers the page set that a page's own <c>fetch</c> may set again (no cookie, host or pseudo-header).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; } = headers;

    /// <summary>Every scalar field by location, with its text.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; } = fields;

    private JsonNode? Json { get; } = json;

    public static ListRequest Of(string method, string url, string? body, IReadOnlyDictionary<string, string> headers)
    {
        var uri = new Uri(url);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        AddPairs(fields, "query:", uri.Query);
        JsonNode? json = null;
        var contentType = headers.FirstOrDefault(h => string.Equals(h.Key, "content-type", StringComparison.OrdinalIgnoreCase)).Value ?? "";
        if (!string.IsNullOrEmpty(body))
        {
            if (contentType.Contains("x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)) AddPairs(fields, "form:", body);
            else if (TryJson(body, out json)) AddLeaves(fields, json!, "json:$");
        }

        var copied = headers
            .Where(h => !h.Key.StartsWith(':') && !h.Key.StartsWith("sec-", StringComparison.OrdinalIgnoreCase) &&
                        !HeadersNotCopied.Contains(h.Key, StringComparer.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase);
        var cookie = headers.Keys.Any(k => string.Equals(k, "cookie", StringComparison.OrdinalIgnoreCase));
        return new ListRequest(method.ToUpperInvariant(), uri.GetLeftPart(UriPartial.Path), body, copied, fields, json) { Credentials = cookie ? "include" : "same-origin" };
    }

    /// <summary>The locations of the fields whose text differs between this call and <paramref name="other"/> (one absent from either counts).</summary>
    public IReadOnlyList<string> Differences(ListRequest other) =>
        [.. Fields.Keys.Union(other.Fields.Keys).Where(l => Fields.GetValueOrDefault(l) != other.Fields.GetValueOrDefault(l))];

    /// <summary>This call with the field at <paramref name="location"/> set to <paramref name="value"/>: its URL and body.</summary>
    public (string Url, string? Body) With(string location, long value, string url)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (location.StartsWith("query:", StringComparison.Ordinal)) return (SetPair(new Uri(url).Query, location["query:".Length..], text, query => new UriBuilder(url) { Query = query }.Uri.AbsoluteUri), Body);
        if (location.StartsWith("form:", StringComparison.Ordinal)) return (url, SetPair(Body ?? "", location["form:".Length..], text, form => form));
        var copy = JsonNode.Parse(Json!.ToJsonString())!;
        SetLeaf(copy, location["json:$".Length..], value);
        return (url, copy.ToJsonString());
    }

    private static bool TryJson(string body, out JsonNode? json)
    {
        try
        {
            json = JsonNode.Parse(body);
            return json is JsonObject or JsonArray;
        }
        catch (System.Text.Json.JsonException)
        {
            json = null;
            return false;
        }
    }

    private static void AddPairs(Dictionary<string, string> fields, string prefix, string pairs)
    {
        foreach (var pair in pairs.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            var name = prefix + Unescape(parts[0]);
            fields[fields.ContainsKey(name) ? name + "#" + fields.Count : name] = parts.Length > 1 ? Unescape(parts[1]) : "";
        }
    }

    private static string Unescape(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    private static string SetPair(string pairs, string name, string value, Func<string, string> rebuild) =>
        rebuild(string.Join("&", pairs.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => Unescape(p.Split('=', 2)[0]) == name ? p.Split('=', 2)[0] + "=" + Uri.EscapeDataString(value) : p)));

    private static void AddLeaves(Dictionary<string, string> fields, JsonNode node, string path)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o)
                {
                    // A name that reads as a path step cannot be addressed; marked, it still counts as a difference.
                    var step = name.IndexOfAny(['.', '[', ']']) >= 0 ? ".?" + name : "." + name;
                    if (child is not null) AddLeaves(fields, child, path + step);
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is { } child) AddLeaves(fields, child, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                }

                break;
            case JsonValue v:
                fields[path] = v.ToJsonString().Trim('"');
                break;
        }
    }

    /// <summary>Sets the leaf at <paramref name="path"/> (<c>.a.b[0].c</c>), keeping it a string when it was one.</summary>
    private static void SetLeaf(JsonNode root, string path, long value)
    {
        var steps = path.Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries);
        var parent = root;
        for (var i = 0; i < steps.Length - 1; i++) parent = Step(parent, steps[i]);
        var last = steps[^1];
        var old = last.StartsWith('[') ? parent[Index(last)] : parent[last];
        JsonNode replacement = old is JsonValue v && v.TryGetValue<string>(out _) ? JsonValue.Create(value.ToString(CultureInfo.InvariantCulture)) : JsonValue.Create(value);
        if (last.StartsWith('[')) parent[Index(last)] = replacement;
        else parent[last] = replacement;
    }

    private static JsonNode Step(JsonNode node, string step) => (step.StartsWith('[') ? node[Index(step)] : node[step])!;

    private static int Index(string step) => int.Parse(step.Trim('[', ']'), CultureInfo.InvariantCulture);
}
