using System.Text;
using System.Text.Json.Nodes;
using Crawler.Lab.Atsx;
using Crawler.Lab.Faults;
using Crawler.Lab.Hosting;

namespace Crawler.Lab.Nimbus;

/// <summary>
/// The Nimbus AI careers host: <c>/careers</c> (API SPA, cursor paging behind a Load-more button) and
/// <c>/jobs</c> (infinite scroll, click-only cards, in-app detail at <c>/jobs/{id}</c>). Pages are
/// client-side rendered: the HTML never carries a posting. Faults apply to the JSON API only.
/// </summary>
internal static class NimbusEndpoints
{
    public const int OpeningsPageSize = 12;
    public const int FeedPageSize = 10;

    /// <summary>Maps the selected sites (a null site is not served, as with <see cref="LabOptions.OnlySites"/>).</summary>
    public static void MapNimbus(this IEndpointRouteBuilder app, LabSite? careers, LabSite? jobs, TimeProvider time)
    {
        app.MapGet("/static/{file}", NimbusShell.ScriptAsync);
        if (careers is not null) MapCareers(app, careers, time);
        if (jobs is not null) MapJobs(app, jobs, time);
    }

    private static void MapCareers(IEndpointRouteBuilder app, LabSite careers, TimeProvider time)
    {
        app.MapGet("/careers", context => NimbusShell.PageAsync(context, careers, "nimbus-careers.js"));
        app.MapGet("/careers/openings/{id}", context => NimbusShell.PageAsync(context, careers, "nimbus-careers.js"));
        app.MapGet("/api/careers/openings", (HttpContext context, string? cursor) => OpeningsAsync(context, careers, cursor, time));
        app.MapGet("/api/careers/openings/{id}", (HttpContext context, string id) =>
            OneAsync(context, careers, id, time, p => new JsonObject { ["status"] = "ok", ["result"] = NimbusJson.Opening(p) }));
    }

    private static void MapJobs(IEndpointRouteBuilder app, LabSite jobs, TimeProvider time)
    {
        app.MapGet("/jobs", context => NimbusShell.PageAsync(context, jobs, "nimbus-jobs.js"));
        app.MapGet("/jobs/{id}", context => NimbusShell.PageAsync(context, jobs, "nimbus-jobs.js"));
        app.MapGet("/api/jobs/feed", (HttpContext context, int? page) => FeedAsync(context, jobs, page ?? 1, time));
        app.MapGet("/api/jobs/{id}", (HttpContext context, string id) => OneAsync(context, jobs, id, time, p => NimbusJson.FeedItem(p, withTexts: true)));
    }

    /// <summary>Opaque cursor, as real cursor APIs hand out: base64 of the next offset.</summary>
    public static string Cursor(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"o:{offset}"));

    private static async Task OpeningsAsync(HttpContext context, LabSite site, string? cursor, TimeProvider time)
    {
        site.Counters.ListCall();
        var offset = 0;
        if (!string.IsNullOrEmpty(cursor) && !TryOffset(cursor, out offset))
        {
            await LabResponses.Json(context, new JsonObject { ["status"] = "bad_cursor", ["result"] = null });
            return;
        }

        var fault = await FaultResponder.ApplyAsync(context, site, time);
        if (fault.IsTerminal()) return;
        var listed = site.Store.Listed;
        var page = listed.Skip(offset).Take(OpeningsPageSize).ToList();
        var next = offset + page.Count;
        var result = new JsonObject
        {
            ["total"] = listed.Count,
            ["openings"] = new JsonArray([.. page.Select(p => (JsonNode)NimbusJson.Opening(p))]),
            ["nextCursor"] = next < listed.Count ? Cursor(next) : null,
        };
        await LabResponses.Json(context, new JsonObject { ["status"] = "ok", ["result"] = result }, fault == FaultKind.Truncate);
    }

    private static async Task FeedAsync(HttpContext context, LabSite site, int page, TimeProvider time)
    {
        site.Counters.ListCall();
        var fault = await FaultResponder.ApplyAsync(context, site, time);
        if (fault.IsTerminal()) return;
        var listed = site.Store.Listed;
        var items = listed.Skip((Math.Max(1, page) - 1) * FeedPageSize).Take(FeedPageSize).ToList();
        var body = new JsonObject
        {
            ["items"] = new JsonArray([.. items.Select(p => (JsonNode)NimbusJson.FeedItem(p, withTexts: false))]),
            ["hasMore"] = page * FeedPageSize < listed.Count,
        };
        await LabResponses.Json(context, body, fault == FaultKind.Truncate);
    }

    private static async Task OneAsync(HttpContext context, LabSite site, string id, TimeProvider time, Func<AtsxPost, JsonObject> write)
    {
        site.Counters.DetailCall();
        var fault = await FaultResponder.ApplyAsync(context, site, time);
        if (fault.IsTerminal()) return;
        var post = site.Store.Find(id);
        if (post is null || !post.Online)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsJsonAsync(new { status = "not_found" });
            return;
        }

        await LabResponses.Json(context, write(post), fault == FaultKind.Truncate);
    }

    private static bool TryOffset(string cursor, out int offset)
    {
        offset = 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith("o:", StringComparison.Ordinal) && int.TryParse(text[2..], out offset) && offset >= 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
