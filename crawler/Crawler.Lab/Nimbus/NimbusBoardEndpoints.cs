using System.Text.Json;
using System.Text.Json.Nodes;
using Crawler.Lab.Atsx;
using Crawler.Lab.Faults;
using Crawler.Lab.Hosting;

namespace Crawler.Lab.Nimbus;

/// <summary>
/// The Nimbus job board (<c>/board/</c> and <c>/cards/</c>), shaped like the independent SPA portals we will meet
/// live: a CSRF cookie the page echoes in a header, <c>POST /api/{site}/search</c> with a page number in the body,
/// a click-only "下一页" pager, hash-routed details <c>#/job/{id}</c> from <c>GET /api/{site}/jobs/{id}</c>, and an
/// error view "加载失败" + "重试" whenever a call fails; the app never retries by itself.
/// </summary>
internal static class NimbusBoardEndpoints
{
    public const int PageSize = 10;
    public const string CsrfCookie = "nb_csrf";
    public const string CsrfHeader = "x-nb-csrf";

    /// <summary>
    /// Maps one board under <c>/{name}/</c>; without <paramref name="listTexts"/> its search answer carries no description or
    /// requirement, only its detail answer does. With <paramref name="postDetail"/> the page asks for a detail by
    /// <c>POST /api/{name}/detail {"jobId": …}</c>; with <paramref name="opaqueRoute"/> every detail opens at <c>#/detail</c>
    /// and the posting id is written nowhere in the DOM.
    /// </summary>
    public static void MapBoard(this IEndpointRouteBuilder app, LabSite site, string name, TimeProvider time, bool listTexts = true, bool postDetail = false, bool opaqueRoute = false)
    {
        var script = "nimbus-board.js" + (postDetail ? "?detail=post" : "") + (opaqueRoute ? (postDetail ? "&" : "?") + "route=opaque" : "");
        app.MapGet($"/{name}/", context => ShellAsync(context, site, script));
        app.MapPost($"/api/{name}/search", context => SearchAsync(context, site, time, listTexts));
        if (postDetail) app.MapPost($"/api/{name}/detail", context => PostedDetailAsync(context, site, time));
        else app.MapGet($"/api/{name}/jobs/{{id}}", (HttpContext context, string id) => DetailAsync(context, site, id, time));
    }

    private static Task ShellAsync(HttpContext context, LabSite site, string script)
    {
        SetToken(context, site.ListGuard.Issue());
        var signed = site.ListCalls == ListCallGuard.OneTimeSignature ? (script.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "sign=1" : "";
        return NimbusShell.PageAsync(context, site, script + signed);
    }

    private static void SetToken(HttpContext context, string token) =>
        context.Response.Cookies.Append(CsrfCookie, token, new CookieOptions { Path = "/", SameSite = SameSiteMode.Lax });

    private static bool CsrfOk(HttpContext context) =>
        context.Request.Cookies.TryGetValue(CsrfCookie, out var cookie) && cookie.Length > 0 &&
        string.Equals(context.Request.Headers[CsrfHeader].ToString(), cookie, StringComparison.Ordinal);

    private static async Task SearchAsync(HttpContext context, LabSite site, TimeProvider time, bool listTexts)
    {
        site.Counters.ListCall();
        if (!CsrfOk(context))
        {
            await LabResponses.Json(context, NimbusBoardJson.Envelope(40301, "csrf token invalid"));
            return;
        }

        if (site.ListGuard.Refusal(context, context.Request.Headers[CsrfHeader].ToString()) is { } refusal)
        {
            await LabResponses.Json(context, NimbusBoardJson.Envelope(40302, refusal));
            return;
        }

        if (site.ListCalls == ListCallGuard.OneTimeToken) SetToken(context, site.ListGuard.Issue());
        var page = 1;
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            if (body.RootElement.TryGetProperty("page", out var p) && p.TryGetInt32(out var n) && n >= 1) page = n;
        }
        catch (JsonException)
        {
            await LabResponses.Json(context, NimbusBoardJson.Envelope(40001, "bad request"));
            return;
        }

        var fault = await FaultResponder.ApplyAsync(context, site, time, "list");
        if (fault.IsTerminal()) return;
        var listed = site.Store.Listed;
        var data = new JsonObject
        {
            ["total"] = listed.Count,
            ["page"] = page,
            ["pageSize"] = PageSize,
            ["list"] = new JsonArray([.. listed.Skip((page - 1) * PageSize).Take(PageSize).Select(p => (JsonNode)NimbusBoardJson.Job(p, withTexts: listTexts))]),
        };
        await LabResponses.Json(context, NimbusBoardJson.Envelope(0, "ok", data), fault == FaultKind.Truncate);
    }

    /// <summary>The detail by POST: the id in a JSON body; a body that is not JSON or lacks <c>jobId</c> is a business error.</summary>
    private static async Task PostedDetailAsync(HttpContext context, LabSite site, TimeProvider time)
    {
        string? id = null;
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            if (body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("jobId", out var j)) id = j.ToString();
        }
        catch (JsonException)
        {
            // answered below as a bad request
        }

        if (string.IsNullOrEmpty(id) || !(context.Request.ContentType ?? "").StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            site.Counters.DetailCall();
            await LabResponses.Json(context, NimbusBoardJson.Envelope(40001, "bad request"));
            return;
        }

        await DetailAsync(context, site, id, time);
    }

    private static async Task DetailAsync(HttpContext context, LabSite site, string id, TimeProvider time)
    {
        site.Counters.DetailCall();
        var fault = await FaultResponder.ApplyAsync(context, site, time, "detail");
        if (fault.IsTerminal()) return;
        var post = site.Store.Find(id);
        if (post is null || !post.Online)
        {
            await LabResponses.Json(context, NimbusBoardJson.Envelope(40401, "job not found"));
            return;
        }

        await LabResponses.Json(context, NimbusBoardJson.Envelope(0, "ok", NimbusBoardJson.Job(post, withTexts: true)), fault == FaultKind.Truncate);
    }
}
