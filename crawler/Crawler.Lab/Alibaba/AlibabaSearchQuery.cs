using System.Text.Json;

namespace Crawler.Lab.Alibaba;

/// <summary>The body of <c>POST /position/search</c> (portals.md §3.1; campus §3.2).</summary>
internal sealed record AlibabaSearchQuery(
    string Channel,
    int PageIndex,
    int PageSize,
    IReadOnlySet<string> Categories,
    IReadOnlySet<string> SubCategories,
    IReadOnlySet<string> Regions,
    string Keyword,
    string BatchId)
{
    /// <summary>Null when the body is not a JSON object or a paging field has the wrong type.</summary>
    public static AlibabaSearchQuery? Parse(string body, bool campus)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return null;
            return new AlibabaSearchQuery(
                Text(root, "channel"),
                Int(root, "pageIndex") ?? 1,
                Int(root, "pageSize") ?? 10,
                Set(root, "categories"),
                Set(root, "subCategories"),
                Set(root, "regions"),
                Text(root, campus ? "searchKey" : "key"),
                Text(root, "batchId"));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    public bool Matches(AlibabaPost post) =>
        (Categories.Count == 0 || Categories.Contains(post.Leaf.ParentId!)) &&
        (SubCategories.Count == 0 || SubCategories.Contains(post.Leaf.Id)) &&
        (Regions.Count == 0 || post.Posting.Cities.Any(Regions.Contains)) &&
        (Keyword.Length == 0 || post.Posting.Title.Contains(Keyword, StringComparison.OrdinalIgnoreCase)) &&
        (BatchId.Length == 0 || post.Batch?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == BatchId);

    private static string Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? (value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText()) : "";

    private static int? Int(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetInt32() : null;

    // Filters are comma-joined strings on the real sites.
    private static HashSet<string> Set(JsonElement root, string name) =>
        [.. Text(root, name).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
