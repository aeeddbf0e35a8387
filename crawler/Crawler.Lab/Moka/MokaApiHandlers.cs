using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crawler.Lab.Faults;

namespace Crawler.Lab.Moka;

/// <summary>The Moka API of the shared host: <c>jobs/v2</c> (list), <c>job</c> (detail) and <c>jobs/module</c> (root page).</summary>
internal sealed class MokaApiHandlers(MokaTenant tenant, TimeProvider time)
{
    /// <summary>The largest <c>limit</c> <c>jobs/v2</c> accepts; above it the answer is business code 102.</summary>
    public const int MaxLimit = 50;

    public const int InvalidParameter = 102;
    public const int JobNotOnSite = 703015;
    public const int SiteNotFound = 100;

    public async Task JobsAsync(HttpContext context)
    {
        var (body, site) = await SiteOfAsync(context);
        if (site is null)
        {
            return;
        }

        site.Counters.ListCall();
        var spec = site.MokaStore.Spec;
        var fault = await FaultResponder.ApplyAsync(context, site, time);
        if (fault.IsTerminal())
        {
            return;
        }

        // pageNum/pageSize are not read at all, as on the real server: only limit and offset page.
        var limit = Number(body, "limit") ?? 10;
        var offset = Number(body, "offset") ?? 0;
        JsonObject answer;
        if (limit is < 1 or > MaxLimit || offset < 0)
        {
            answer = MokaJson.Error(InvalidParameter, "参数错误");
        }
        else
        {
            var listed = site.MokaStore.Listed;
            var page = listed.Skip((int)Math.Min(offset, int.MaxValue)).Take((int)limit);
            answer = MokaJson.Envelope(new JsonObject
            {
                ["jobStats"] = new JsonObject { ["orgId"] = spec.OrgId, ["total"] = listed.Count },
                ["jobs"] = new JsonArray([.. page.Select(p => (JsonNode)MokaJson.ListJob(p, spec))]),
            });
        }

        await MokaResponses.Encrypted(context, answer, spec.AesIv, fault == FaultKind.Corrupt, fault == FaultKind.Truncate);
    }

    public async Task JobAsync(HttpContext context)
    {
        var (body, site) = await SiteOfAsync(context);
        if (site is null)
        {
            return;
        }

        site.Counters.DetailCall();
        var fault = await FaultResponder.ApplyAsync(context, site, time);
        if (fault.IsTerminal())
        {
            return;
        }

        var found = Text(body, "jobId") is { } id ? tenant.FindJob(id) : null;
        var answer = found is { } f && ReferenceEquals(f.Site, site)
            ? MokaJson.Envelope(MokaJson.DetailJob(f.Post, site.MokaStore.Spec))
            : MokaJson.Error(JobNotOnSite, "该职位不属于当前招聘站点");
        await MokaResponses.Encrypted(context, answer, site.MokaStore.Spec.AesIv, fault == FaultKind.Corrupt, fault == FaultKind.Truncate);
    }

    /// <summary>The root page's featured and city modules; only the <c>#/jobs</c> route lists.</summary>
    public async Task ModuleAsync(HttpContext context)
    {
        var (_, site) = await SiteOfAsync(context);
        if (site is null)
        {
            return;
        }

        var spec = site.MokaStore.Spec;
        var featured = site.MokaStore.Listed.Take(3).Select(p => (JsonNode)MokaJson.ListJob(p, spec));
        var data = new JsonObject { ["modules"] = new JsonArray(new JsonObject { ["type"] = "featured", ["jobs"] = new JsonArray([.. featured]) }) };
        await MokaResponses.Encrypted(context, MokaJson.Envelope(data), spec.AesIv);
    }

    /// <summary>The request body and the site its <c>orgId</c>/<c>siteId</c> name; null after answering code 100 when there is none.</summary>
    private async Task<(JsonElement Body, LabSite? Site)> SiteOfAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context);
        var site = tenant.BySite(Text(body, "orgId"), Number(body, "siteId") ?? -1);
        if (site is null)
        {
            await MokaResponses.Encrypted(context, MokaJson.Error(SiteNotFound, "站点不存在"), MokaSiteSpec.DefaultAesIv);
        }

        return (body, site);
    }

    private static async Task<JsonElement> ReadBodyAsync(HttpContext context)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static string? Text(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>A number sent as a JSON number or a numeric string (<c>siteId</c> is a string in the list call, a number in the detail call).</summary>
    private static long? Number(JsonElement body, string name)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var n) => n,
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) => s,
            _ => null,
        };
    }
}
