using System.Text.Json;
using Crawler.Model;
using Crawler.Portals.Shared;

namespace Crawler.Portals.Alibaba;

/// <summary>
/// Reads one <c>content.datas[]</c> record (portals.md §3.1) into an <see cref="ObservedPosting"/>.
/// <c>track_id</c> changes on every response, so it is stripped from the URL; the raw payload keeps it and
/// the business hash never reads the raw payload.
/// </summary>
public static class AlibabaPostingParser
{
    public static ObservedPosting Parse(JsonElement record, Uri entryUrl)
    {
        var (id, context) = JsonFields.RecordId(record, "Alibaba record");
        var categoryType = JsonFields.OptionalString(record, "categoryType", context);
        return new ObservedPosting
        {
            PortalId = id,
            Title = JsonFields.RequiredString(record, "name", context),
            Description = JsonFields.OptionalString(record, "description", context),
            Requirement = JsonFields.OptionalString(record, "requirement", context),
            Cities = [.. Strings(record, "workLocations", context).Distinct(StringComparer.Ordinal)],
            Category = Category(record, context),
            Track = Track(categoryType),
            RecruitType = JsonFields.OptionalString(record, "batchName", context) ?? categoryType,
            Url = PostingUrl(record, entryUrl, id, context).ToString(),
            PublishedAt = JsonFields.OptionalUnixMilliseconds(record, "publishTime", context),
            PortalStatus = JsonFields.OptionalString(record, "status", context),
            RawJson = record.GetRawText(),
        };
    }

    /// <summary><c>freshman</c> → campus, <c>internship</c> → intern, anything else (social sites send null) → experienced.</summary>
    public static RecruitTrack Track(string? categoryType) => categoryType?.ToLowerInvariant() switch
    {
        "freshman" => RecruitTrack.Campus,
        "internship" => RecruitTrack.Intern,
        _ => RecruitTrack.Experienced,
    };

    /// <summary>True when the entry page is the campus site (<c>/campus/position</c>).</summary>
    public static bool IsCampus(Uri entryUrl) => entryUrl.AbsolutePath.StartsWith("/campus/", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The detail page a person opens: <c>{prefix}/off-campus/position-detail?lang=zh&amp;positionId={id}</c> on a BU
    /// site (prefix such as aidc's <c>/zh</c>), <c>/campus/position/{id}</c> on campus.
    /// </summary>
    public static Uri DetailUrl(Uri entryUrl, string id)
    {
        var escaped = Uri.EscapeDataString(id);
        if (IsCampus(entryUrl)) return new Uri(entryUrl, $"/campus/position/{escaped}");
        var path = entryUrl.AbsolutePath;
        var at = path.IndexOf("/off-campus/", StringComparison.OrdinalIgnoreCase);
        var prefix = at > 0 ? path[..at] : "";
        return new Uri(entryUrl, $"{prefix}/off-campus/position-detail?lang=zh&positionId={escaped}");
    }

    /// <summary>Removes the <c>track_id</c> parameter (new on every response) from a URL or path.</summary>
    public static string StripTrackId(string url)
    {
        var q = url.IndexOf('?', StringComparison.Ordinal);
        if (q < 0) return url;
        var kept = url[(q + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("track_id=", StringComparison.OrdinalIgnoreCase) && !p.Equals("track_id", StringComparison.OrdinalIgnoreCase))
            .ToList();
        return kept.Count == 0 ? url[..q] : $"{url[..q]}?{string.Join('&', kept)}";
    }

    private static Uri PostingUrl(JsonElement record, Uri entryUrl, string id, string context) =>
        JsonFields.OptionalString(record, "positionUrl", context) is { Length: > 0 } url && Uri.TryCreate(entryUrl, StripTrackId(url), out var absolute)
            ? absolute
            : DetailUrl(entryUrl, id);

    /// <summary><c>["技术类-算法"]</c> → <c>技术类 / 算法</c> (root first, as every adapter writes categories); else <c>categoryName</c>.</summary>
    private static string? Category(JsonElement record, string context)
    {
        var paths = Strings(record, "categories", context)
            .Select(c => c.IndexOf('-', StringComparison.Ordinal) is var dash and > 0 ? $"{c[..dash]} / {c[(dash + 1)..]}" : c)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return paths.Count > 0 ? string.Join(", ", paths) : JsonFields.OptionalString(record, "categoryName", context);
    }

    private static IEnumerable<string> Strings(JsonElement record, string name, string context) =>
        JsonFields.OptionalArray(record, name, context)
            .Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : throw new PortalException($"{context}: '{name}' should hold strings but holds {e.ValueKind}"))
            .OfType<string>()
            .Where(s => s.Length > 0);
}
