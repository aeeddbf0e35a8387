using System.Text.Json;
using Crawler.Lab.Faults;
using Crawler.Lab.Hosting;

namespace Crawler.Lab.Alibaba;

/// <summary>The API of one Alibaba BU host: search, detail, category list and (campus) batches.</summary>
internal sealed class AlibabaApiHandlers(AlibabaTenant tenant, TimeProvider time)
{
    /// <summary>At most 100 a page and 500 results per filter combination (careers.aliyun.com, portals.md §3.1).</summary>
    public static LabPaging Paging { get; } = new(MaxPageSize: 100, ResultCap: 500);

    private LabSite Site => tenant.Site;

    public async Task SearchAsync(HttpContext context)
    {
        Site.Counters.ListCall();
        var body = await LabRequests.BodyAsync(context);
        if (!await AdmitAsync(context)) return;
        var query = AlibabaSearchQuery.Parse(body, tenant.Spec.IsCampus);
        if (query is null || query.PageIndex < 1 || query.PageSize < 1)
        {
            await LabResponses.Status(context, StatusCodes.Status400BadRequest);
            return;
        }

        if (query.Channel != tenant.Spec.ListChannel)
        {
            await LabResponses.Json(context, AlibabaJson.Failure("CHANNEL_NOT_EXIST", $"渠道不存在: {query.Channel}"));
            return;
        }

        var fault = await FaultResponder.ApplyAsync(context, Site, time);
        if (fault.IsTerminal()) return;

        var size = Math.Min(query.PageSize, Paging.MaxPageSize);
        var offset = (query.PageIndex - 1) * size;
        // Campus: no call covers all batches; without a batch the answer is empty (portals.md §3.2).
        var matches = tenant.Spec.IsCampus && query.BatchId.Length == 0
            ? []
            : tenant.Store.Listed.Where(query.Matches).ToList();
        var content = offset >= matches.Count
            ? AlibabaJson.Page([], 0, size, query.PageIndex, tenant.Spec.IsCampus) // past the end: totalCount drops to 0
            : AlibabaJson.Page(
                Paging.Window(matches, offset, size),
                matches.Count, size, query.PageIndex, tenant.Spec.IsCampus);
        await LabResponses.Json(context, AlibabaJson.Success(content), fault == FaultKind.Truncate);
    }

    public async Task DetailAsync(HttpContext context)
    {
        Site.Counters.DetailCall();
        var body = await LabRequests.BodyAsync(context);
        if (!await AdmitAsync(context)) return;
        string? id;
        string? channel;
        try
        {
            using var document = JsonDocument.Parse(body);
            id = document.RootElement.TryGetProperty("id", out var i) ? (i.ValueKind == JsonValueKind.String ? i.GetString() : i.GetRawText()) : null;
            channel = document.RootElement.TryGetProperty("channel", out var c) ? c.GetString() : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            await LabResponses.Status(context, StatusCodes.Status400BadRequest);
            return;
        }

        if (channel != tenant.Spec.OffCampusChannel)
        {
            await LabResponses.Json(context, AlibabaJson.Failure("CHANNEL_NOT_EXIST", $"渠道不存在: {channel}"));
            return;
        }

        var fault = await FaultResponder.ApplyAsync(context, Site, time);
        if (fault.IsTerminal()) return;

        // A removed or unknown position answers success with no content, as aidc does for an invalid detail.
        var post = id is null ? null : tenant.Store.Find(id);
        var content = post is { Online: true } ? AlibabaJson.Record(post, tenant.Spec.IsCampus) : null;
        await LabResponses.Json(context, AlibabaJson.Success(content), fault == FaultKind.Truncate);
    }

    public async Task CategoryListAsync(HttpContext context)
    {
        Site.Counters.FilterCall();
        await LabRequests.BodyAsync(context);
        if (!await AdmitAsync(context)) return;
        await LabResponses.Json(context, AlibabaJson.Success(AlibabaJson.Categories()));
    }

    public async Task ListBatchAsync(HttpContext context)
    {
        Site.Counters.FilterCall();
        await LabRequests.BodyAsync(context);
        if (!await AdmitAsync(context)) return;
        await LabResponses.Json(context, AlibabaJson.Success(AlibabaJson.Batches(tenant.Spec.Batches)));
    }

    /// <summary>Cookies and token (plus the header on campus), then the anti-bot roll; answers 403 when refused.</summary>
    private async Task<bool> AdmitAsync(HttpContext context)
    {
        var cookieToken = context.Request.Cookies[AlibabaSessions.TokenCookie];
        var header = context.Request.Headers[AlibabaSessions.TokenHeader].ToString();
        var sent = context.Request.Query["_csrf"].ToString();
        var headerOk = !tenant.Spec.IsCampus || header == cookieToken;
        var check = headerOk
            ? tenant.Sessions.Use(context.Request.Cookies[AlibabaSessions.SessionCookie], cookieToken, sent, Site.Faults.TokenExpiresAfterUses)
            : TokenCheck.Invalid;
        if (check == TokenCheck.Expired) Site.Counters.Fault(FaultKindNames.TokenExpired);
        if (check == TokenCheck.Valid)
        {
            if (!tenant.Forbidden()) return true;
            Site.Counters.Fault("forbidden");
        }

        Site.Counters.Rejected();
        await LabResponses.Status(context, StatusCodes.Status403Forbidden);
        return false;
    }
}
