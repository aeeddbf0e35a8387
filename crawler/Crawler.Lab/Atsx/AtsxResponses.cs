using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Crawler.Lab.Atsx;

/// <summary>The ways an ATSX API call ends.</summary>
internal static class AtsxResponses
{
    public static Task Json(HttpContext context, JsonNode node, bool truncate = false)
    {
        var bytes = Encoding.UTF8.GetBytes(AtsxJson.Write(node));
        if (truncate)
        {
            bytes = bytes[..(bytes.Length / 2)];
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        return context.Response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
    }

    /// <summary>A wrong <c>website-path</c>: HTTP 200 with a business error, as the real server answers.</summary>
    public static Task SiteNotExist(HttpContext context) =>
        Json(context, new JsonObject { ["code"] = -9000003, ["message"] = "site not exist", ["error"] = null, ["data"] = null });

    public static Task Status(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentLength = 0;
        return Task.CompletedTask;
    }
}
