using System.Text.Json;

namespace Crawler.Lab.Atsx;

/// <summary>The body of <c>POST /api/v1/search/job/posts</c>, parsed as strictly as the real server: ids must be strings.</summary>
internal sealed record AtsxSearchQuery
{
    private static readonly string[] IdLists =
    [
        "job_category_id_list", "tag_id_list", "location_code_list", "subject_id_list",
        "recruitment_id_list", "job_function_id_list", "storefront_id_list",
    ];

    public string Keyword { get; init; } = "";
    public int Limit { get; init; } = 10;
    public int Offset { get; init; }
    public IReadOnlyList<string> CategoryIds { get; init; } = [];
    public IReadOnlyList<string> LocationCodes { get; init; } = [];
    public IReadOnlyList<string> SubjectIds { get; init; } = [];
    public IReadOnlyList<string> RecruitmentIds { get; init; } = [];

    /// <summary>The query, or null when the body is not an object, a number is not a number, or an id list holds a non-string (HTTP 400).</summary>
    public static AtsxSearchQuery? Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var lists = new Dictionary<string, IReadOnlyList<string>>();
            foreach (var name in IdLists)
            {
                if (!TryReadIds(root, name, out var ids))
                {
                    return null;
                }

                lists[name] = ids;
            }

            return new AtsxSearchQuery
            {
                Keyword = root.TryGetProperty("keyword", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString()!.Trim() : "",
                Limit = ReadInt(root, "limit", 10),
                Offset = ReadInt(root, "offset", 0),
                CategoryIds = lists["job_category_id_list"],
                LocationCodes = lists["location_code_list"],
                SubjectIds = lists["subject_id_list"],
                RecruitmentIds = lists["recruitment_id_list"],
            };
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    public bool Matches(AtsxPost post)
    {
        var p = post.Posting;
        return (Keyword.Length == 0 || p.Title.Contains(Keyword, StringComparison.OrdinalIgnoreCase) || p.Code == Keyword)
            && (CategoryIds.Count == 0 || CategoryIds.Any(c => AtsxCategoryTree.Matches(p.CategoryId, c)))
            && (LocationCodes.Count == 0 || p.CityCodes.Any(LocationCodes.Contains))
            && (SubjectIds.Count == 0 || (post.Subject is not null && SubjectIds.Contains(post.Subject.Id)))
            && (RecruitmentIds.Count == 0 || RecruitmentIds.Contains(post.RecruitType.Id) || RecruitmentIds.Contains(post.RecruitType.ParentId));
    }

    private static int ReadInt(JsonElement root, string name, int fallback) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetInt32() : fallback;

    private static bool TryReadIds(JsonElement root, string name, out IReadOnlyList<string> ids)
    {
        ids = [];
        if (!root.TryGetProperty(name, out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (list.ValueKind != JsonValueKind.Array || list.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            return false;
        }

        ids = [.. list.EnumerateArray().Select(e => e.GetString()!).Where(s => s.Length > 0)];
        return true;
    }
}
