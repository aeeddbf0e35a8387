using System.Text.Json.Nodes;
using Crawler.Lab.Atsx;

namespace Crawler.Lab.Nimbus;

/// <summary>The job board's field names (jobId, jobTitle, cityList, deptName, recruitType, updateTime, jobDesc, jobRequire).</summary>
internal static class NimbusBoardJson
{
    public static JsonObject Job(AtsxPost post, bool withTexts)
    {
        var p = post.Posting;
        var job = new JsonObject
        {
            ["jobId"] = p.Id,
            ["jobTitle"] = p.Title,
            ["cityList"] = new JsonArray([.. p.Cities.Select(c => (JsonNode)JsonValue.Create(c))]),
            ["deptName"] = p.CategoryPath,
            ["recruitType"] = NimbusJson.TrackLabel(p.Track),
            ["updateTime"] = p.PublishedAt.ToUnixTimeMilliseconds(),
        };
        if (withTexts)
        {
            job["jobDesc"] = p.Description;
            job["jobRequire"] = p.Requirement;
        }

        return job;
    }
}
