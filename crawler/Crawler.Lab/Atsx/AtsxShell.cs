using System.Reflection;
using System.Text.Json.Nodes;
using Crawler.Lab.Generation;
using Microsoft.AspNetCore.Http;

namespace Crawler.Lab.Atsx;

/// <summary>The HTML shell and the page script. The shell carries only the site's configuration, never posting data.</summary>
internal static class AtsxShell
{
    public const string ScriptPath = "/static/atsx-app.js";

    private static readonly Lazy<string> Template = new(() => Resource("atsx-shell.html"));

    public static Lazy<string> Script { get; } = new(() => DetailSkinScript.Prepend(Resource("atsx-app.js")));

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
        var html = Template.Value
            .Replace("{{TITLE}}", site.Company == "MiniMax" ? "MiniMax 招聘" : "字节跳动招聘", StringComparison.Ordinal)
            .Replace("{{SKIN}}", AtsxJson.Write(site.DetailSkin).Replace("</", "<\\/", StringComparison.Ordinal), StringComparison.Ordinal)
            .Replace("{{SITE_JSON}}", AtsxJson.Write(config).Replace("</", "<\\/", StringComparison.Ordinal), StringComparison.Ordinal);
        return Text(context, html, "text/html; charset=utf-8");
    }

    public static Task ScriptAsync(HttpContext context) => Text(context, Script.Value, "application/javascript; charset=utf-8");

    private static Task Text(HttpContext context, string text, string contentType)
    {
        context.Response.ContentType = contentType;
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(text, context.RequestAborted);
    }

    private static string Resource(string fileName)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
