using System.Text.Json.Nodes;
using Crawler.Lab.Generation;
using Crawler.Lab.Hosting;
using Microsoft.AspNetCore.Http;

namespace Crawler.Lab.Atsx;

/// <summary>The HTML shell and the page script. The shell carries only the site's configuration, never posting data.</summary>
internal static class AtsxShell
{
    public const string ScriptPath = "/static/atsx-app.js";

    private static readonly Lazy<string> Head = new(() => LabResources.Read("Atsx.Static.atsx-head.html"));

    public static Lazy<string> Script { get; } = new(() => DetailSkinScript.Prepend(LabResources.Read("Atsx.Static.atsx-app.js")));

    public static Task PageAsync(HttpContext context, LabSite site)
    {
        site.Counters.PageLoad();
        var config = new JsonObject
        {
            ["siteId"] = site.Id,
            ["company"] = site.Company,
            ["pagePath"] = site.Spec.PagePath,
            ["websitePath"] = site.Spec.WebsitePath,
            ["portalChannel"] = site.Spec.PortalChannel,
            ["portalType"] = site.Spec.PortalType,
        };
        var title = site.Company == "MiniMax" ? "MiniMax 招聘" : "字节跳动招聘";
        var html = LabShellPage.Render(title, Head.Value, site.DetailSkin, ScriptPath)
            .Replace("{{SITE_JSON}}", LabJson.ForScript(config), StringComparison.Ordinal);
        return LabResponses.Html(context, html);
    }

    public static Task ScriptAsync(HttpContext context) => LabResponses.Script(context, Script.Value);
}
