using System.Text.Json;
using Crawler.Model;
using Crawler.Portals.Shared;

namespace Crawler.Portals.Atsx;

/// <summary>One answer of <c>POST /api/v1/search/job/posts</c>: the reported count and the posts.</summary>
public sealed record AtsxListPage(int Count, IReadOnlyList<JsonElement> Posts)
{
    /// <summary>
    /// Parses a search answer. <c>code != 0</c> (e.g. -9000003 "site not exist") and a missing
    /// <c>data</c> are errors: they must never read as "zero postings".
    /// </summary>
    public static AtsxListPage Parse(string body)
    {
        using var document = JsonFields.Parse(body, "ATSX search");
        var root = document.RootElement;
        var code = JsonFields.OptionalLong(root, "code", "ATSX search");
        if (code != 0)
        {
            var message = JsonFields.OptionalString(root, "message", "ATSX search") ?? "(no message)";
            throw new PortalException($"ATSX search answered business code {code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"}: {message}");
        }

        var data = JsonFields.Child(root, "data") ?? throw new PortalException("ATSX search: answer has no 'data'");
        var count = JsonFields.OptionalLong(data, "count", "ATSX search data") ?? throw new PortalException("ATSX search: data has no 'count'");
        var posts = JsonFields.OptionalArray(data, "job_post_list", "ATSX search data").Select(p => p.Clone()).ToList();
        return new AtsxListPage((int)count, posts);
    }
}
