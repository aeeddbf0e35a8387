using System.Text.Json;
using Crawler.Portals.Declarative;

namespace Crawler.Probing;

/// <summary>
/// The detail-only part of a proposal: when the detail page's own JSON answer carries the posting (its id, and
/// fields the list answer lacks, such as the description), proposes <c>detail.api.urlContains</c>, its success
/// marker and a <c>detail.api.field.*</c> path per detail-only field, so those fields are stored and their edits seen.
/// </summary>
internal static class ProbeDetailAnswer
{
    public static void Apply(Dictionary<string, string> settings, List<ProbeFinding> findings, Uri entry, JsonAnswer answer, string id, string? title)
    {
        if (WithId(answer.Body.RootElement, id, "") is not { } found) return;
        var (item, prefix) = found;
        var listed = settings.Keys.Where(k => k.StartsWith(DeclarativeKeys.ApiFieldPrefix, StringComparison.Ordinal))
            .Select(k => k[DeclarativeKeys.ApiFieldPrefix.Length..]).ToHashSet(StringComparer.Ordinal);
        var detailOnly = ItemFieldGuesser.Guess([item])
            .Where(f => !listed.Contains(f.Key) && DeclarativeDetailFields.Allowed.Contains(f.Key))
            .ToDictionary(f => f.Key, f => prefix + f.Value, StringComparer.Ordinal);
        if (detailOnly.Count == 0) return;

        var described = string.Join(", ", detailOnly.Select(f => $"{f.Key} '{f.Value}'"));
        var posted = answer.Method == "POST" && PostBody(answer.RequestBody, id) is { } postBody ? postBody : null;
        var template = posted is not null ? Address(entry, answer) : Template(entry, answer, id);
        if (template is null)
        {
            findings.Add(new(ProbeFindingKind.Missing, $"{described} appear only in the detail answer {answer.Method} {answer.Path}, whose URL does not hold the posting id {id}: " +
                $"set {DeclarativeKeys.DetailApiUrlContains} (with {{id}}) and {DeclarativeKeys.DetailApiFieldPrefix}* if the id can be put in its URL", DeclarativeKeys.DetailApiUrlContains));
            return;
        }

        settings[DeclarativeKeys.DetailApiUrlContains] = template;
        if (posted is not null)
        {
            settings[DeclarativeKeys.DetailApiMethod] = "POST";
            settings[DeclarativeKeys.DetailApiBody] = posted;
            settings[DeclarativeKeys.DetailApiContentType] = answer.RequestContentType?.Split(';')[0].Trim() is { Length: > 0 } type ? type : "application/json";
            findings.Add(new(ProbeFindingKind.Found, $"the detail answer is asked for by POST with body {posted} ({settings[DeclarativeKeys.DetailApiContentType]}): replayed so when read again", DeclarativeKeys.DetailApiBody));
        }

        foreach (var (field, path) in detailOnly) settings[DeclarativeKeys.DetailApiFieldPrefix + field] = path;
        var titled = title is not null && Mentions(item, title);
        findings.Add(new(titled ? ProbeFindingKind.Found : ProbeFindingKind.Guessed,
            $"detail-only fields: {described} appear only in the detail answer {answer.Method} {template}" +
            (titled ? " (it carries the posting's id and title)" : " (it carries the posting's id but not its listed title: check it is this posting's answer)") +
            "; they join the business hash, and unchanged postings are read again by a rolling share per run (detail.revalidate.share, default in docs/declarative.md)",
            DeclarativeKeys.DetailApiUrlContains));

        if (ListCallFinder.OkMarker(answer.Body.RootElement) is ({ } okPath, { } okValue))
        {
            settings[DeclarativeKeys.DetailApiOkPath] = okPath;
            settings[DeclarativeKeys.DetailApiOkValue] = okValue;
            findings.Add(new(ProbeFindingKind.Guessed, $"detail answer success marker {okPath} = {okValue}: any other value fails the detail at once", DeclarativeKeys.DetailApiOkPath));
        }
    }

    /// <summary>The answer's URL with the id replaced: a path from the host root on the entry's origin, else absolute; null when the URL lacks the id.</summary>
    private static string? Template(Uri entry, JsonAnswer answer, string id)
    {
        if (!Uri.TryCreate(answer.Url, UriKind.Absolute, out var url)) return null;
        var escaped = Uri.EscapeDataString(id);
        var sameOrigin = string.Equals(entry.GetLeftPart(UriPartial.Authority), url.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);
        var text = sameOrigin ? url.PathAndQuery : url.GetLeftPart(UriPartial.Query);
        var at = text.LastIndexOf(escaped, StringComparison.Ordinal);
        if (at < 0 || at >= (sameOrigin ? url.AbsolutePath.Length : text.Length - url.Query.Length)) return null; // the id must be in the path: the render matches the path
        return text[..at] + "{id}" + text[(at + escaped.Length)..];
    }

    /// <summary>The request URL without the id: a path from the host root on the entry's origin, else absolute.</summary>
    private static string? Address(Uri entry, JsonAnswer answer)
    {
        if (!Uri.TryCreate(answer.Url, UriKind.Absolute, out var url)) return null;
        var sameOrigin = string.Equals(entry.GetLeftPart(UriPartial.Authority), url.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);
        return sameOrigin ? url.PathAndQuery : url.ToString();
    }

    /// <summary>The POST body with the id written as <c>{id}</c> (a JSON object with the id as a top-level value); null otherwise.</summary>
    private static string? PostBody(string? body, string id)
    {
        if (string.IsNullOrEmpty(body)) return null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return null;
            var values = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => IsValue(p.Value, id)
                ? (p.Value.ValueKind == JsonValueKind.String ? "\"{id}\"" : "{id}")
                : p.Value.GetRawText(), StringComparer.Ordinal);
            return values.Values.Any(v => v.Contains("{id}", StringComparison.Ordinal))
                ? "{" + string.Join(",", values.Select(v => JsonSerializer.Serialize(v.Key) + ":" + v.Value)) + "}"
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The object that carries the id as one of its values, and the declarative path prefix to it (<c>data.</c>).</summary>
    private static (JsonElement Item, string Prefix)? WithId(JsonElement element, string id, string prefix)
    {
        if (element.ValueKind != JsonValueKind.Object) return null;
        if (element.EnumerateObject().Any(p => IsValue(p.Value, id))) return (element, prefix);
        return element.EnumerateObject().Select(p => WithId(p.Value, id, prefix + p.Name + ".")).FirstOrDefault(e => e is not null);
    }

    private static bool Mentions(JsonElement item, string text) =>
        item.EnumerateObject().Any(p => p.Value.ValueKind == JsonValueKind.String && string.Equals(p.Value.GetString()?.Trim(), text.Trim(), StringComparison.Ordinal));

    private static bool IsValue(JsonElement value, string id) =>
        (value.ValueKind == JsonValueKind.String && value.GetString() == id) || (value.ValueKind == JsonValueKind.Number && value.GetRawText() == id);
}
