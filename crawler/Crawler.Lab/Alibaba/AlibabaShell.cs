using System.Text.Json.Nodes;
using Crawler.Lab.Generation;
using Microsoft.AspNetCore.Http;

namespace Crawler.Lab.Alibaba;

/// <summary>
/// The HTML shell and page script. Loading a page opens (or keeps) the anonymous session: cookies
/// <c>SESSION</c> and <c>XSRF-TOKEN</c>, the token repeated in <c>window.__sysconfig.__token__</c>.
/// The shell carries configuration only, never posting data.
/// </summary>
internal static class AlibabaShell
{
    public const string ScriptPath = "/static/alibaba-app.js";

    private static readonly Lazy<string> Template = new(() => AlibabaResources.Read("alibaba-shell.html"));

    public static Lazy<string> Script { get; } = new(() => DetailSkinScript.Prepend(AlibabaResources.Read("alibaba-app.js")));

    /// <summary>The social list page: with <c>?lang=</c> it answers 302 to the bare path, cookies already set.</summary>
    public static Task ListPageAsync(HttpContext context, AlibabaTenant tenant)
    {
        var token = EnsureSession(context, tenant);
        if (context.Request.Query.ContainsKey("lang"))
        {
            context.Response.Redirect(context.Request.Path);
            return Task.CompletedTask;
        }

        return PageAsync(context, tenant, token);
    }

    public static Task PageAsync(HttpContext context, AlibabaTenant tenant) => PageAsync(context, tenant, EnsureSession(context, tenant));

    public static Task ScriptAsync(HttpContext context) => Text(context, Script.Value, "application/javascript; charset=utf-8");

    private static Task PageAsync(HttpContext context, AlibabaTenant tenant, string token)
    {
        tenant.Site.Counters.PageLoad();
        var spec = tenant.Spec;
        var config = new JsonObject
        {
            ["__token__"] = token,
            ["siteId"] = spec.Id,
            ["brand"] = spec.Brand,
            ["campus"] = spec.IsCampus,
            ["listChannel"] = spec.ListChannel,
            ["channelCodeMap"] = new JsonObject { ["offCampus"] = spec.OffCampusChannel, ["campus"] = spec.IsCampus ? spec.OffCampusChannel : null },
        };
        var html = Template.Value
            .Replace("{{TITLE}}", $"{spec.Brand} 招聘 - {spec.Host}", StringComparison.Ordinal)
            .Replace("{{SKIN}}", AlibabaJson.Write(tenant.Site.DetailSkin).Replace("</", "<\\/", StringComparison.Ordinal), StringComparison.Ordinal)
            .Replace("{{SYSCONFIG}}", AlibabaJson.Write(config).Replace("</", "<\\/", StringComparison.Ordinal), StringComparison.Ordinal);
        return Text(context, html, "text/html; charset=utf-8");
    }

    /// <summary>Keeps a live session or opens a new one (also when the old token expired); returns its token.</summary>
    private static string EnsureSession(HttpContext context, AlibabaTenant tenant)
    {
        if (tenant.Sessions.TokenOf(context.Request.Cookies[AlibabaSessions.SessionCookie], tenant.Site.Faults.TokenExpiresAfterUses) is { } live &&
            context.Request.Cookies[AlibabaSessions.TokenCookie] == live)
        {
            return live;
        }

        tenant.Site.Counters.CsrfCall();
        var (session, token) = tenant.Sessions.Issue();
        context.Response.Headers.Append("Set-Cookie", $"{AlibabaSessions.SessionCookie}={session}; Path=/; HttpOnly; SameSite=Lax");
        context.Response.Headers.Append("Set-Cookie", $"{AlibabaSessions.TokenCookie}={token}; Path=/; SameSite=Lax");
        return token;
    }

    private static Task Text(HttpContext context, string text, string contentType)
    {
        context.Response.ContentType = contentType;
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(text, context.RequestAborted);
    }
}
