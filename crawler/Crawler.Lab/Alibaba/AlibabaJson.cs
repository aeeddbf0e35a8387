using System.Globalization;
using System.Text.Json.Nodes;
using Crawler.Lab.Atsx;

namespace Crawler.Lab.Alibaba;

/// <summary>Writes records and envelopes with the field names and shapes of the real samples (portals.md §3.1).</summary>
internal static class AlibabaJson
{
    public static JsonObject Success(JsonNode? content) => new()
    {
        ["success"] = true,
        ["errorMsg"] = null,
        ["errorCode"] = null,
        ["content"] = content,
    };

    public static JsonObject Failure(string code, string message) => new()
    {
        ["success"] = false,
        ["errorMsg"] = message,
        ["errorCode"] = code,
        ["content"] = null,
    };

    public static JsonObject Page(IEnumerable<AlibabaPost> posts, int totalCount, int pageSize, int currentPage, bool campus) => new()
    {
        ["datas"] = new JsonArray([.. posts.Select(p => (JsonNode)Record(p, campus))]),
        ["totalCount"] = totalCount,
        ["pageSize"] = pageSize,
        ["currentPage"] = currentPage,
    };

    /// <summary>One <c>content.datas[]</c> record. <c>trackId</c> is new on every call, as on the real sites.</summary>
    public static JsonObject Record(AlibabaPost post, bool campus)
    {
        var p = post.Posting;
        var trackId = $"SSP{p.PublishedAt.ToUnixTimeMilliseconds()}{Convert.ToBase64String(Guid.NewGuid().ToByteArray())[..10].Replace('+', 'x').Replace('/', 'y')}{Random.Shared.Next(1000, 9999)}";
        var url = campus ? $"/campus/position/{p.Id}?track_id={trackId}" : $"/off-campus/position-detail?positionId={p.Id}&track_id={trackId}";
        return new JsonObject
        {
            ["trackId"] = trackId,
            ["positionUrl"] = url,
            ["bucket"] = "DEFAULT",
            ["id"] = post.NumericId,
            ["name"] = p.Title,
            ["status"] = null,
            ["categories"] = new JsonArray(AlibabaCategories.Label(post.Leaf)),
            ["publishTime"] = p.PublishedAt.ToUnixTimeMilliseconds(),
            ["graduationTime"] = null,
            ["modifyTime"] = post.ModifiedAt.ToUnixTimeMilliseconds(),
            ["workLocations"] = new JsonArray([.. p.Cities.Select(c => (JsonNode)c)]),
            ["interviewLocations"] = null,
            ["regionEnNameMap"] = new JsonObject(),
            ["technologyNameIdMap"] = new JsonObject(),
            ["tags"] = null,
            ["requirement"] = p.Requirement,
            ["description"] = p.Description,
            ["experience"] = new JsonObject { ["from"] = post.ExperienceFrom, ["to"] = null },
            ["degree"] = post.Degree,
            ["department"] = null,
            ["project"] = null,
            ["positionType"] = null,
            ["code"] = p.Code,
            ["categoryName"] = null,
            ["categoryType"] = post.CategoryType,
            ["batchName"] = post.Batch?.Name,
            ["batchId"] = post.Batch?.Id,
            ["batchWillingCount"] = null,
            ["channels"] = null,
            ["operations"] = new JsonArray(),
            ["isTongyi"] = post.Posting.Title.Contains("Qwen", StringComparison.Ordinal),
            ["circle"] = null,
            ["circleNames"] = null,
            ["circleCodeList"] = null,
            ["niuKeProjectName"] = null,
            ["useInternal"] = null,
            ["isLingYang"] = null,
            ["tongyi"] = post.Posting.Title.Contains("Qwen", StringComparison.Ordinal),
        };
    }

    /// <summary>The answer of <c>/category/list</c>: top-level categories with their sub-categories.</summary>
    public static JsonArray Categories() =>
    [
        .. AlibabaCategories.Roots.Select(root => (JsonNode)new JsonObject
        {
            ["id"] = root.Id,
            ["name"] = root.Name,
            ["children"] = new JsonArray([.. AlibabaCategories.Children(root.Id).Select(c => (JsonNode)new JsonObject { ["id"] = c.Id, ["name"] = c.Name })]),
        }),
    ];

    /// <summary>The answer of <c>/searchCondition/listBatch</c>.</summary>
    public static JsonObject Batches(IReadOnlyList<AlibabaBatch> batches)
    {
        JsonArray Group(string name) =>
        [
            .. batches.Where(b => b.Group == name).Select(b => (JsonNode)new JsonObject
            {
                ["id"] = b.Id,
                ["name"] = b.Name,
                ["categoryType"] = b.CategoryType,
            }),
        ];
        return new JsonObject
        {
            ["graduate"] = Group("graduate"),
            ["internship"] = Group("internship"),
            ["topTalentPlan"] = Group("topTalentPlan"),
            ["sequence"] = new JsonArray("graduate", "internship", "topTalentPlan"),
        };
    }

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
