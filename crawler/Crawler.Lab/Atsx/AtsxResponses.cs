using System.Text.Json.Nodes;
using Crawler.Lab.Hosting;

namespace Crawler.Lab.Atsx;

/// <summary>The answer only ATSX gives (every other ending is a <see cref="LabResponses"/> one).</summary>
internal static class AtsxResponses
{
    /// <summary>A wrong <c>website-path</c>: HTTP 200 with a business error, as the real server answers.</summary>
    public static Task SiteNotExist(HttpContext context) =>
        LabResponses.Json(context, new JsonObject { ["code"] = -9000003, ["message"] = "site not exist", ["error"] = null, ["data"] = null });
}
