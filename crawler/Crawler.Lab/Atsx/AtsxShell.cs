using System.Text.Json.Nodes;
using Crawler.Lab.Hosting;

namespace Crawler.Lab.Atsx;

/// <summary>The HTML shell and the page script. The shell carries only the site's configuration, never posting data.</summary>
internal static class AtsxShell
{
    public static LabPageFiles Files { get; } = new("Atsx", "atsx");

    public static Task PageAsync(HttpContext context, LabSite site) =>
        Files.PageAsync(context, site, site.Company == "MiniMax" ? "MiniMax 招聘" : "字节跳动招聘", new JsonObject
        {
            ["siteId"] = site.Id,
            ["company"] = site.Company,
            ["pagePath"] = site.Spec.PagePath,
            ["websitePath"] = site.Spec.WebsitePath,
            ["portalChannel"] = site.Spec.PortalChannel,
            ["portalType"] = site.Spec.PortalType,
        });
}
