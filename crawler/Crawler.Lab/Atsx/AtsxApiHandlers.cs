using System.Text.Json.Nodes;
using Crawler.Lab.Faults;
using Crawler.Lab.Hosting;

namespace Crawler.Lab.Atsx;

/// <summary>The ATSX API of one tenant host: CSRF token, search, detail and filter config.</summary>
internal sealed class AtsxApiHandlers(AtsxTenant tenant, TimeProvider time)
{
    /// <summary>At most 200 a page; the window of the real search is 10,000: count saturates there and offsets at or past it return nothing.</summary>
    public static LabPaging Paging { get; } = new(MaxPageSize: 200, ResultCap: 10_000);

    /// <summary>The cookie <see cref="CsrfAsync"/> sets; the page echoes it in <see cref="CsrfHeader"/>.</summary>
    public const string CsrfCookie = "atsx-csrf-token";

    public const string CsrfHeader = "x-csrf-token";

    public async Task CsrfAsync(HttpContext context)
    {
        SiteOf(context)?.Counters.CsrfCall();
        var token = tenant.Tokens.Issue();
        context.Response.Headers.Append("Set-Cookie", $"{CsrfCookie}={Uri.EscapeDataString(token)}; Path=/; Max-Age=604800; SameSite=Lax");
        await LabResponses.Json(context, AtsxJson.Envelope(new JsonObject { ["token"] = token }));
    }

    public async Task SearchAsync(HttpContext context)
    {
        var site = tenant.ByWebsitePath(context.Request.Headers["website-path"]);
        if (site is null)
        {
            await AtsxResponses.SiteNotExist(context);
            return;
        }

        site.Counters.ListCall();
        var body = await LabRequests.BodyAsync(context);
        if (!Authorised(context, site, body))
        {
            await LabResponses.Status(context, StatusCodes.Status405MethodNotAllowed);
            return;
        }

        var query = AtsxSearchQuery.Parse(body);
        if (query is null || query.Limit < 1 || query.Offset < 0)
        {
            await LabResponses.Status(context, StatusCodes.Status400BadRequest);
            return;
        }

        var fault = await FaultResponder.ApplyAsync(context, site, time);
        if (fault.IsTerminal())
        {
            return;
        }

        var matches = site.Store.Listed.Where(query.Matches).ToList();
        var page = Paging.Window(matches, query.Offset, query.Limit);
        var data = new JsonObject
        {
            ["count"] = Math.Min(matches.Count, Paging.ResultCap),
            ["extra"] = Extra(),
            ["job_post_list"] = new JsonArray([.. page.Select(p => (JsonNode)AtsxJson.Post(p))]),
        };
        await LabResponses.Json(context, AtsxJson.Envelope(data), fault == FaultKind.Truncate);
    }

    public async Task DetailAsync(HttpContext context, string id)
    {
        var websitePath = context.Request.Headers["website-path"].ToString();
        var named = tenant.ByWebsitePath(websitePath);
        if (websitePath.Length > 0 && named is null)
        {
            await AtsxResponses.SiteNotExist(context);
            return;
        }

        var found = tenant.FindPost(id);
        var site = found?.Site ?? named ?? tenant.Sites[0];
        site.Counters.DetailCall();
        if (!Authorised(context, site, await LabRequests.BodyAsync(context)))
        {
            await LabResponses.Status(context, StatusCodes.Status405MethodNotAllowed);
            return;
        }

        var fault = await FaultResponder.ApplyAsync(context, site, time);
        if (fault.IsTerminal())
        {
            return;
        }

        JsonObject? detail = null;
        if (found is { Post: var post })
        {
            detail = AtsxJson.Post(post);
            detail["channel_online_status"] = post.Online ? 1 : 0;
            detail["department_info"] = new JsonObject
            {
                ["id"] = post.Department.Id,
                ["name"] = post.Department.Name,
                ["en_name"] = post.Department.EnName,
                ["i18n_name"] = post.Department.Name,
            };
        }

        var recommended = site.Store.Listed.Where(p => p.Id != id).OrderBy(_ => Random.Shared.Next()).Take(3);
        var data = new JsonObject
        {
            ["job_post_detail"] = detail,
            ["recommend_job_post_List"] = new JsonArray([.. recommended.Select(p => (JsonNode)AtsxJson.Post(p))]),
        };
        await LabResponses.Json(context, AtsxJson.Envelope(data), fault == FaultKind.Truncate);
    }

    public async Task FiltersAsync(HttpContext context, int portalType)
    {
        var websitePath = context.Request.Headers["website-path"].ToString();
        var site = websitePath.Length > 0
            ? tenant.ByWebsitePath(websitePath)
            : tenant.Sites.FirstOrDefault(s => s.Spec.PortalType == portalType);
        if (site is null)
        {
            await AtsxResponses.SiteNotExist(context);
            return;
        }

        site.Counters.FilterCall();
        if (tenant.RequiresSignature && !SignatureValid(context, ""))
        {
            site.Counters.Rejected();
            await LabResponses.Status(context, StatusCodes.Status405MethodNotAllowed);
            return;
        }

        await LabResponses.Json(context, AtsxJson.Envelope(AtsxFilters.For(site)));
    }

    private bool Authorised(HttpContext context, LabSite site, string body)
    {
        var header = context.Request.Headers[CsrfHeader].ToString();
        var cookie = context.Request.Cookies[CsrfCookie];
        if (cookie is not null && cookie.Contains('%', StringComparison.Ordinal))
        {
            cookie = Uri.UnescapeDataString(cookie);
        }

        var check = header.Length > 0 && header == cookie
            ? tenant.Tokens.Use(header, site.Faults.TokenExpiresAfterUses)
            : TokenCheck.Invalid;
        if (check == TokenCheck.Expired)
        {
            site.Counters.Fault(FaultKindNames.TokenExpired);
        }

        var ok = check == TokenCheck.Valid && (!tenant.RequiresSignature || SignatureValid(context, body));
        if (!ok)
        {
            site.Counters.Rejected();
        }

        return ok;
    }

    private static bool SignatureValid(HttpContext context, string body) =>
        AtsxSignature.Verify(context.Request.Path.Value ?? "", context.Request.QueryString.Value ?? "", body);

    private LabSite? SiteOf(HttpContext context) =>
        tenant.ByWebsitePath(context.Request.Headers["website-path"]) ?? tenant.ByReferer(context.Request.Headers.Referer);

    private static string Extra()
    {
        var logId = $"20260623{Random.Shared.NextInt64(100_000_000_000, 999_999_999_999)}{Random.Shared.Next(100_000, 999_999):X}";
        var extra = new JsonObject { ["fe_tracking"] = new JsonObject { ["log_id"] = logId }, ["log_id"] = logId };
        return LabJson.Write(extra);
    }
}
