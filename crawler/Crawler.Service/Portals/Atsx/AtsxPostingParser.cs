using System.Text.Json;
using Crawler.Model;
using Crawler.Portals.Shared;

namespace Crawler.Portals.Atsx;

/// <summary>
/// Reads one <c>job_post_list</c> entry (portals.md §1.1) into an <see cref="ObservedPosting"/>.
/// Description and requirement are plain text and are kept exactly as sent (no HTML decoding).
/// </summary>
public static class AtsxPostingParser
{
    public static ObservedPosting Parse(JsonElement post, Uri entryUrl, AtsxCategoryTree categories)
    {
        var (id, context) = JsonFields.RecordId(post, "ATSX post");
        var recruit = JsonFields.Child(post, "recruit_type");
        return new ObservedPosting
        {
            PortalId = id,
            Title = JsonFields.RequiredString(post, "title", context),
            Description = JsonFields.OptionalString(post, "description", context),
            Requirement = JsonFields.OptionalString(post, "requirement", context),
            Cities = Cities(post, context),
            Category = CategoryPath(JsonFields.Child(post, "job_category") ?? JsonFields.Child(post, "job_function"), categories, context),
            Track = Track(recruit, context),
            RecruitType = recruit is { } r ? JsonFields.OptionalString(r, "name", context) : null,
            Url = DetailUrl(entryUrl, id).ToString(),
            PublishedAt = JsonFields.OptionalUnixMilliseconds(post, "publish_time", context),
            RawJson = post.GetRawText(),
        };
    }

    /// <summary>The posting's detail page: <c>{listing path}/{id}/detail</c>, as on jobs.bytedance.com and Feishu tenants.</summary>
    public static Uri DetailUrl(Uri entryUrl, string id)
    {
        var path = entryUrl.AbsolutePath.TrimEnd('/');
        return new Uri(entryUrl, $"{path}/{Uri.EscapeDataString(id)}/detail");
    }

    private static List<string> Cities(JsonElement post, string context)
    {
        // city_list is authoritative (the page may show "等 5 个城市"); city_info is the fallback.
        var cities = JsonFields.OptionalArray(post, "city_list", context)
            .Select(c => JsonFields.OptionalString(c, "name", context))
            .OfType<string>().Where(n => n.Length > 0).Distinct().ToList();
        if (cities.Count == 0 && JsonFields.Child(post, "city_info") is { } info &&
            JsonFields.OptionalString(info, "name", context) is { Length: > 0 } name)
        {
            cities.Add(name);
        }

        return cities;
    }

    private static string? CategoryPath(JsonElement? leaf, AtsxCategoryTree categories, string context)
    {
        var names = new List<string>();
        for (var node = leaf; node is { } n && names.Count < 8; node = JsonFields.Child(n, "parent"))
        {
            var id = JsonFields.OptionalString(n, "id", context);
            var name = JsonFields.OptionalString(n, "name", context) ?? (id is null ? null : categories.NameOf(id));
            if (!string.IsNullOrEmpty(name)) names.Add(name);
        }

        names.Reverse();
        return names.Count == 0 ? null : string.Join(" / ", names);
    }

    private static RecruitTrack Track(JsonElement? recruit, string context)
    {
        if (recruit is not { } r) return RecruitTrack.Unknown;
        var id = JsonFields.OptionalString(r, "id", context);
        var parent = JsonFields.Child(r, "parent") is { } p ? JsonFields.OptionalString(p, "id", context) : null;
        return (parent, id) switch
        {
            ("2", "202") => RecruitTrack.Intern,
            ("2", _) => RecruitTrack.Campus,
            ("1", _) => RecruitTrack.Experienced,
            _ => RecruitTrack.Unknown,
        };
    }
}
