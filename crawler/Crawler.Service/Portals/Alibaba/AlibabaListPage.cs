using System.Globalization;
using System.Text.Json;
using Crawler.Model;
using Crawler.Portals.Shared;

namespace Crawler.Portals.Alibaba;

/// <summary>One answer of <c>POST /position/search</c>: <c>content.totalCount</c> and <c>content.datas</c>.</summary>
/// <param name="TotalCount">The reported total; 0 on a page past the end (portals.md §3.1), so read it only from pages with records.</param>
/// <param name="Records">The records of this page; empty marks the end of paging (or the result cap).</param>
public sealed record AlibabaListPage(int TotalCount, IReadOnlyList<JsonElement> Records)
{
    /// <summary>
    /// Parses a search answer. <c>success:false</c>, an error code, or a missing <c>content</c> are errors that
    /// must never read as "zero postings"; an empty <c>datas</c> is the end of the listing.
    /// </summary>
    public static AlibabaListPage Parse(string body, string context = "Alibaba search")
    {
        var content = AlibabaEnvelope.Content(body, context, out var document);
        using (document)
        {
            if (content is not { } c) throw new PortalException($"{context}: success but no 'content'");
            var total = JsonFields.OptionalLong(c, "totalCount", context) ?? throw new PortalException($"{context}: content has no 'totalCount'");
            if (JsonFields.Child(c, "datas") is not { ValueKind: JsonValueKind.Array } datas)
            {
                throw new PortalException($"{context}: content has no 'datas' array");
            }

            var records = datas.EnumerateArray().Select(r => r.Clone()).ToList();
            return new AlibabaListPage(checked((int)total), records);
        }
    }

    /// <summary>The total as text for notes.</summary>
    public override string ToString() => $"{Records.Count} records, totalCount {TotalCount.ToString(CultureInfo.InvariantCulture)}";
}
