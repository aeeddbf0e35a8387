using System.Text.Json.Nodes;
using Crawler.Lab.Hosting;

namespace Crawler.Lab.Atsx;

/// <summary>The ways an ATSX API call ends.</summary>
internal static class AtsxResponses
{
    public static Task Json(HttpContext context, JsonNode node, bool truncate = false) => LabResponses.Json(context, LabJson.Write(node), truncate);

    /// <summary>A wrong <c>website-path</c>: HTTP 200 with a business error, as the real server answers.</summary>
    public static Task SiteNotExist(HttpContext context) =>
        Json(context, new JsonObject { ["code"] = -9000003, ["message"] = "site not exist", ["error"] = null, ["data"] = null });

    public static Task Status(HttpContext context, int status) => LabResponses.Status(context, status);
}
