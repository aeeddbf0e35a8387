using System.Text;
using System.Text.Json.Nodes;

namespace Crawler.Lab.Hosting;

/// <summary>The ways every lab host answers: pages and scripts uncached, JSON whole or cut in half, a redirect, a bare status.</summary>
internal static class LabResponses
{
    public static Task Html(HttpContext context, string html) => Text(context, html, "text/html; charset=utf-8");

    public static Task Script(HttpContext context, string script) => Text(context, script, "application/javascript; charset=utf-8");

    /// <summary>HTTP 200 with <paramref name="node"/> as written by <see cref="LabJson"/>; <paramref name="truncate"/> as below.</summary>
    public static Task Json(HttpContext context, JsonNode node, bool truncate = false) => Json(context, LabJson.Write(node), truncate);

    /// <summary>HTTP 200 with a JSON body; <paramref name="truncate"/> sends only its first half (a cut-off answer).</summary>
    public static Task Json(HttpContext context, string json, bool truncate = false)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        if (truncate)
        {
            bytes = bytes[..(bytes.Length / 2)];
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        return context.Response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
    }

    /// <summary>HTTP 302 to <paramref name="location"/>, keeping the request's query string, as the real hosts' alias paths do.</summary>
    public static Task Redirect(HttpContext context, string location)
    {
        context.Response.Redirect(location + context.Request.QueryString);
        return Task.CompletedTask;
    }

    public static Task Status(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentLength = 0;
        return Task.CompletedTask;
    }

    private static Task Text(HttpContext context, string text, string contentType)
    {
        context.Response.ContentType = contentType;
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(text, context.RequestAborted);
    }
}
