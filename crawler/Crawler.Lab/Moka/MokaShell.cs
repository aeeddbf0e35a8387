using System.Net;
using System.Reflection;
using Crawler.Lab.Generation;
using Microsoft.AspNetCore.Http;

namespace Crawler.Lab.Moka;

/// <summary>
/// The site page and its script. The first GET without the locale cookie answers 302 to itself and sets
/// the cookie (the client follows it); the page then carries <c>init-data</c> as an HTML-escaped attribute.
/// </summary>
internal static class MokaShell
{
    public const string ScriptPath = "/static/moka-app.js";

    /// <summary>The locale cookie the first answer sets.</summary>
    public const string LocaleCookie = "moka-locale";

    private static readonly Lazy<string> Template = new(() => Resource("moka-shell.html"));

    private static readonly Lazy<string> Script = new(() => DetailSkinScript.Prepend(Resource("moka-app.js")));

    public static Task PageAsync(HttpContext context, LabSite site)
    {
        if (!context.Request.Cookies.ContainsKey(LocaleCookie))
        {
            context.Response.Headers.Append("Set-Cookie", $"{LocaleCookie}=zh-CN; Path=/; Max-Age=31536000; SameSite=Lax");
            context.Response.Redirect(context.Request.Path + context.Request.QueryString);
            return Task.CompletedTask;
        }

        site.Counters.PageLoad();
        var store = site.MokaStore;
        var initData = MokaJson.Write(MokaJson.InitData(site, store.Spec, store.Listed));
        var html = Template.Value
            .Replace("{{TITLE}}", WebUtility.HtmlEncode($"{store.Spec.OrgDisplayName}招聘"), StringComparison.Ordinal)
            .Replace("{{SKIN}}", MokaJson.Write(site.DetailSkin).Replace("</", "<\\/", StringComparison.Ordinal), StringComparison.Ordinal)
            .Replace("{{INIT_DATA}}", WebUtility.HtmlEncode(initData), StringComparison.Ordinal);
        return MokaResponses.Text(context, html, "text/html; charset=utf-8");
    }

    public static Task ScriptAsync(HttpContext context) => MokaResponses.Text(context, Script.Value, "application/javascript; charset=utf-8");

    private static string Resource(string fileName)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
