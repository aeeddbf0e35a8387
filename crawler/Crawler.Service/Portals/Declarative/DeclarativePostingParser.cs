using System.Globalization;
using System.Text.Json;
using Crawler.Model;

namespace Crawler.Portals.Declarative;

/// <summary>
/// Turns the values a source's field rules found (JSON paths or selectors) into an <see cref="ObservedPosting"/>.
/// A posting without an id or a title is a portal error naming the rule, never a silently skipped item.
/// </summary>
public static class DeclarativePostingParser
{
    /// <summary>Maps one item. <paramref name="values"/>: field name to every value found (text, trimmed).</summary>
    public static ObservedPosting Map(
        DeclarativeSettings settings, IReadOnlyDictionary<string, IReadOnlyList<string>> values, string rawJson, Uri baseUrl, string rulePrefix)
    {
        string? One(string field) => values.TryGetValue(field, out var list) ? list.FirstOrDefault(v => v.Length > 0) : null;
        IReadOnlyList<string> All(string field) => values.TryGetValue(field, out var list) ? [.. list.Where(v => v.Length > 0)] : [];

        var id = One(DeclarativeFields.Id) ?? throw new PortalException($"{rulePrefix}{DeclarativeFields.Id} found no id in an item: {Preview(rawJson)}");
        var title = One(DeclarativeFields.Title) ?? throw new PortalException($"{rulePrefix}{DeclarativeFields.Title} found no title in item {id}");
        var recruitType = One(DeclarativeFields.RecruitType);
        var category = All(DeclarativeFields.Category);
        return new ObservedPosting
        {
            PortalId = id,
            Title = title,
            Description = One(DeclarativeFields.Description),
            Requirement = One(DeclarativeFields.Requirement),
            Cities = [.. Split(All(DeclarativeFields.Cities), settings.CitySeparators).Distinct(StringComparer.Ordinal)],
            Category = category.Count == 0 ? null : string.Join(" / ", category),
            RecruitType = recruitType,
            Track = recruitType is not null && settings.Tracks.TryGetValue(recruitType, out var track) ? track : RecruitTrack.Unknown,
            Url = Url(settings, One(DeclarativeFields.Url), id, baseUrl),
            PublishedAt = Published(One(DeclarativeFields.PublishedAt), id, rulePrefix),
            PortalStatus = One(DeclarativeFields.Status),
            RawJson = rawJson,
        };
    }

    /// <summary>The text of a JSON value as a field sees it: strings as they are, numbers and booleans as written; objects are not values.</summary>
    public static string? Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()?.Trim(),
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    /// <summary>The detail page: the item's own URL field, else <c>detail.urlTemplate</c> with <c>{id}</c>.</summary>
    public static string? Url(DeclarativeSettings settings, string? itemUrl, string id, Uri baseUrl)
    {
        if (itemUrl is not null && Uri.TryCreate(baseUrl, itemUrl, out var absolute)) return absolute.ToString();
        if (settings.DetailUrlTemplate is { } template)
        {
            return new Uri(baseUrl, template.Replace("{id}", Uri.EscapeDataString(id), StringComparison.Ordinal)).ToString();
        }

        return null;
    }

    private static DateTimeOffset? Published(string? text, string id, string rulePrefix)
    {
        if (text is null) return null;
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var epoch))
        {
            // Seconds until the year 5138; anything larger is milliseconds.
            return epoch > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(epoch) : DateTimeOffset.FromUnixTimeSeconds(epoch);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : throw new PortalException($"{rulePrefix}{DeclarativeFields.PublishedAt} of item {id}: '{text}' is neither a date nor epoch seconds or milliseconds");
    }

    /// <summary>Every value cut at the separators, trimmed; empty pieces dropped.</summary>
    public static IEnumerable<string> Split(IEnumerable<string> values, IReadOnlyList<char> separators) =>
        separators.Count == 0 ? values : values.SelectMany(v => v.Split([.. separators], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string Preview(string raw) => raw.Length > 120 ? raw[..120] + "…" : raw;
}
