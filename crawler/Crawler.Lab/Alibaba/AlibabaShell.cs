using System.Text.Json.Nodes;
using Crawler.Lab.Hosting;

namespace Crawler.Lab.Alibaba;

/// <summary>
/// The HTML shell and page script. Loading a page opens (or keeps) the anonymous session: cookies
/// <c>SESSION</c> and <c>XSRF-TOKEN</c>, the token repeated in <c>window.__sysconfig.__token__</c>.
/// The shell carries configuration only, never posting data.
/// </summary>
internal static class AlibabaShell
{
    public static LabPageFiles Files { get; } = new("Alibaba", "alibaba");

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

    private static Task PageAsync(HttpContext context, AlibabaTenant tenant, string token)
    {
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
        return Files.PageAsync(context, tenant.Site, $"{spec.Brand} 招聘 - {spec.Host}", config);
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
}
