using System.Text.Json.Nodes;

namespace Crawler.Portals.Alibaba;

/// <summary>One filter combination of the search (the portal caps each at 500 results): a batch, a sub-category, a region.</summary>
internal sealed record AlibabaSearchFilter(string BatchId = "", string SubCategory = "", string Region = "")
{
    public static AlibabaSearchFilter All { get; } = new();

    /// <summary>The body the real pages send (portals.md §3.1; campus §3.2 uses <c>searchKey</c> and no referral keys).</summary>
    public JsonObject Body(string channel, string language, int pageIndex, int pageSize, bool campus)
    {
        var body = new JsonObject
        {
            ["channel"] = channel,
            ["language"] = language,
            ["batchId"] = BatchId,
            ["pageIndex"] = pageIndex,
            ["pageSize"] = pageSize,
            ["subCategories"] = SubCategory,
            ["regions"] = Region,
        };
        if (campus)
        {
            body["searchKey"] = "";
        }
        else
        {
            body["categories"] = "";
            body["deptCodes"] = new JsonArray();
            body["key"] = "";
            body["shareType"] = "";
            body["shareId"] = "";
            body["myReferralShareCode"] = "";
        }

        return body;
    }

    public override string ToString() =>
        string.Join(", ", new[] { ("batch", BatchId), ("sub-category", SubCategory), ("region", Region) }
            .Where(p => p.Item2.Length > 0).Select(p => $"{p.Item1} {p.Item2}")) is { Length: > 0 } text ? text : "all postings";
}
