using System.Globalization;
using Crawler.Model;
using Crawler.Portals.Shared;

namespace Crawler.Portals.Declarative;

/// <summary>
/// Detail-only fields of an API-mode source: <c>detail.api.urlContains</c> names the detail page's own JSON answer
/// (<c>{id}</c> replaced; a path from the host root or an absolute URL, so it can also be fetched without a render),
/// <c>detail.api.field.*</c> the JSON paths of the fields the list answer lacks, <c>detail.api.okPath</c> /
/// <c>okValue</c> its success marker, and <c>detail.revalidate.share</c> how many unchanged postings are read again
/// per run. See docs/declarative.md.
/// </summary>
public static class DeclarativeDetailFields
{
    /// <summary>The fields a detail answer may supply (the id, title and URL come from the listing).</summary>
    public static IReadOnlyList<string> Allowed { get; } =
        [DeclarativeFields.Description, DeclarativeFields.Requirement, DeclarativeFields.Cities, DeclarativeFields.Category, DeclarativeFields.RecruitType, DeclarativeFields.Status];

    /// <summary>Whether <paramref name="key"/> is a <c>detail.api.field.*</c> key of an allowed field.</summary>
    public static bool IsFieldKey(string key) =>
        key.StartsWith(DeclarativeKeys.DetailApiFieldPrefix, StringComparison.Ordinal) && Allowed.Contains(key[DeclarativeKeys.DetailApiFieldPrefix.Length..]);

    /// <summary>Reports every problem of the detail-answer keys by key.</summary>
    public static void Validate(IReadOnlyDictionary<string, string> settings, DeclarativeMode? mode, Action<string, string> problem)
    {
        var values = new DeclarativeValues(settings);
        var fields = settings.Keys.Where(IsFieldKey).ToList();
        var contains = values.Get(DeclarativeKeys.DetailApiUrlContains);
        if (contains is null && fields.Count == 0)
        {
            if (values.Get(DeclarativeKeys.RevalidateShare) is not null) problem(DeclarativeKeys.RevalidateShare, "is read only when detail.api.urlContains and detail.api.field.* are set");
            return;
        }

        if (mode is not null && mode != DeclarativeMode.Api) problem(DeclarativeKeys.DetailApiUrlContains, "is read only when mode is api");
        if (contains is null) problem(DeclarativeKeys.DetailApiUrlContains, "is required when detail.api.field.* is set (the detail answer's URL, {id} replaced)");
        var method = values.Get(DeclarativeKeys.DetailApiMethod)?.ToUpperInvariant() ?? "GET";
        var body = values.Get(DeclarativeKeys.DetailApiBody);
        if (method is not ("GET" or "POST")) problem(DeclarativeKeys.DetailApiMethod, $"'{method}' must be GET or POST");
        if (method == "POST" && body?.Contains("{id}", StringComparison.Ordinal) != true)
            problem(DeclarativeKeys.DetailApiBody, "is required when detail.api.method is POST: the request body with {id}, e.g. {\"jobId\":\"{id}\"}");
        if (method != "POST" && (body is not null || values.Get(DeclarativeKeys.DetailApiContentType) is not null))
            problem(body is not null ? DeclarativeKeys.DetailApiBody : DeclarativeKeys.DetailApiContentType, "is read only when detail.api.method is POST");
        if (contains is not null && (!(contains.Contains("{id}", StringComparison.Ordinal) || method == "POST") ||
            !(contains.StartsWith('/') || contains.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || contains.StartsWith("https://", StringComparison.OrdinalIgnoreCase))))
            problem(DeclarativeKeys.DetailApiUrlContains, $"'{contains}' must be a path from the host root or an absolute URL holding {{id}} (unless detail.api.method is POST), e.g. /api/jobs/{{id}}");
        if (fields.Count == 0) problem(DeclarativeKeys.DetailApiFieldPrefix + DeclarativeFields.Description, "is required when detail.api.urlContains is set: name at least one field the detail answer supplies");
        foreach (var key in fields.Append(DeclarativeKeys.DetailApiOkPath)) values.CheckPath(key, problem);

        if (values.Get(DeclarativeKeys.DetailApiOkPath) is not null && values.Get(DeclarativeKeys.DetailApiOkValue) is null) problem(DeclarativeKeys.DetailApiOkValue, "is required when detail.api.okPath is set");
        if (values.Get(DeclarativeKeys.RevalidateShare) is { } share &&
            (!double.TryParse(share, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) || s <= 0 || s > 1))
            problem(DeclarativeKeys.RevalidateShare, $"'{share}' must be a number above 0 and at most 1 (0.1: every posting read again within 10 runs)");
    }

    /// <summary>The source's rules; null when it reads no field from the detail answer.</summary>
    public static DetailFieldRules? Rules(SourceDefinition source, DeclarativeSettings settings) =>
        settings.DetailApiUrlContains is null || settings.DetailApiFields.Count == 0
            ? null
            : new DetailFieldRules(
                [.. settings.DetailApiFields.Keys], settings.RevalidateShare,
                posting => AnswerUrl(settings, posting.PortalId, source.EntryUrl),
                (posting, body, from) => Read(settings, posting, body, from),
                (listed, stored) => CarryOver(settings, listed, stored))
            {
                Request = settings.DetailApiBody is null ? null : posting => new DetailRequest(settings.DetailApiMethod, Body(settings, posting.PortalId), settings.DetailApiContentType),
            };

    /// <summary>The detail answer a render waits for (and reads the fields from); null without detail fields.</summary>
    public static DetailAnswer? Answer(SourceDefinition source, DeclarativeSettings settings, string id)
    {
        if (settings.DetailApiUrlContains is null) return null;
        var url = AnswerUrl(settings, id, source.EntryUrl);
        var bodyId = settings.DetailApiMethod == "POST" ? id : null; // a POST detail call names its posting in the body
        return new DetailAnswer(settings.DetailApiMethod, Uri.UnescapeDataString(url.AbsolutePath), bodyId, body => Verdict(settings, body, url.ToString()));
    }

    /// <summary>The POST body with the id written in (JSON-escaped when the template is JSON, URL-escaped otherwise).</summary>
    private static string Body(DeclarativeSettings settings, string id)
    {
        var escaped = settings.DetailApiContentType.Contains("json", StringComparison.OrdinalIgnoreCase)
            ? System.Text.Json.JsonEncodedText.Encode(id).ToString()
            : Uri.EscapeDataString(id);
        return settings.DetailApiBody!.Replace("{id}", escaped, StringComparison.Ordinal);
    }

    public static Uri AnswerUrl(DeclarativeSettings settings, string id, Uri entryUrl) =>
        new(entryUrl, settings.DetailApiUrlContains!.Replace("{id}", Uri.EscapeDataString(id), StringComparison.Ordinal));

    /// <summary>Why the body is an error answer (not JSON, or its success marker differs); null when it is fine.</summary>
    private static string? Verdict(DeclarativeSettings settings, string body, string from)
    {
        try
        {
            using var document = JsonFields.Parse(body, from);
            return DeclarativeOkMarker.Refusal(document.RootElement, settings.DetailApiOk, settings.DetailApiOkValue, DeclarativeKeys.DetailApiOkPath);
        }
        catch (PortalException ex)
        {
            return ex.Message;
        }
    }

    private static ObservedPosting Read(DeclarativeSettings settings, ObservedPosting posting, string body, string from)
    {
        if (Verdict(settings, body, from) is { } error) throw new PortalException($"{from}: {error}");
        using var document = JsonFields.Parse(body, from);
        var values = settings.DetailApiFields.ToDictionary(
            f => f.Key, f => (IReadOnlyList<string>)[.. f.Value.Select(document.RootElement).Select(DeclarativePostingParser.Text).OfType<string>().Where(v => v.Length > 0)]);
        if (values.Values.All(v => v.Count == 0))
            throw new PortalException($"{from}: no {DeclarativeKeys.DetailApiFieldPrefix}* rule ({string.Join(", ", values.Keys)}) found a value in the detail answer");
        return With(settings, posting, field => values.TryGetValue(field, out var v) ? (true, v) : (false, []));
    }

    private static ObservedPosting CarryOver(DeclarativeSettings settings, ObservedPosting listed, ObservedPosting stored) =>
        With(settings, listed, field => (settings.DetailApiFields.ContainsKey(field), field switch
        {
            DeclarativeFields.Description => Values(stored.Description),
            DeclarativeFields.Requirement => Values(stored.Requirement),
            DeclarativeFields.Cities => stored.Cities,
            DeclarativeFields.Category => Values(stored.Category),
            DeclarativeFields.RecruitType => Values(stored.RecruitType),
            _ => Values(stored.PortalStatus),
        })) with { DetailReadAt = stored.DetailReadAt };

    private static IReadOnlyList<string> Values(string? value) => value is null ? [] : [value];

    /// <summary>The posting with each field <paramref name="values"/> supplies replaced (a supplied field without a value becomes empty).</summary>
    private static ObservedPosting With(DeclarativeSettings settings, ObservedPosting posting, Func<string, (bool Supplied, IReadOnlyList<string> Values)> values)
    {
        string? One(IReadOnlyList<string> v) => v.Count == 0 ? null : v[0];
        var result = posting;
        foreach (var field in Allowed)
        {
            var (supplied, v) = values(field);
            if (!supplied) continue;
            result = field switch
            {
                DeclarativeFields.Description => result with { Description = One(v) },
                DeclarativeFields.Requirement => result with { Requirement = One(v) },
                DeclarativeFields.Cities => result with { Cities = [.. DeclarativePostingParser.Split(v, settings.CitySeparators).Distinct(StringComparer.Ordinal)] },
                DeclarativeFields.Category => result with { Category = v.Count == 0 ? null : string.Join(" / ", v) },
                DeclarativeFields.RecruitType => result with
                {
                    RecruitType = One(v),
                    Track = One(v) is { } type && settings.Tracks.TryGetValue(type, out var track) ? track : RecruitTrack.Unknown,
                },
                _ => result with { PortalStatus = One(v) },
            };
        }

        return result;
    }
}
