using System.Text.Json;
using Crawler.Model;
using Crawler.Portals.Shared;

namespace Crawler.Portals.Moka;

/// <summary>One decrypted <c>jobs/v2</c> page: the reported total and the job rows.</summary>
public sealed record MokaListPage(int Total, IReadOnlyList<JsonElement> Jobs)
{
    public static MokaListPage Parse(string body, string aesIv, int offset)
    {
        var context = $"Moka jobs/v2 offset {offset}";
        var data = MokaAnswer.Open(body, aesIv, context);
        var stats = JsonFields.Child(data, "jobStats") ?? throw new PortalException($"{context}: data has no 'jobStats'");
        var total = JsonFields.OptionalLong(stats, "total", context) ?? throw new PortalException($"{context}: jobStats has no 'total'");
        if (JsonFields.Child(data, "jobs") is not { ValueKind: JsonValueKind.Array } jobs)
            throw new PortalException($"{context}: data has no 'jobs' array");
        return new MokaListPage((int)total, [.. jobs.EnumerateArray()]);
    }
}
