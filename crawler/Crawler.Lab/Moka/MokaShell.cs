using System.Net;
using Crawler.Lab.Hosting;

namespace Crawler.Lab.Moka;

/// <summary>
/// The site page and its script. The first GET without the locale cookie answers 302 to itself and sets
/// the cookie (the client follows it); the page then carries <c>init-data</c> as an HTML-escaped attribute.
/// </summary>
internal static class MokaShell
{
    /// <summary>The locale cookie the first answer sets.</summary>
    public const string LocaleCookie = "moka-locale";

    public static LabPageFiles Files { get; } = new("Moka", "moka");

    public static Task PageAsync(HttpContext context, LabSite site)
    {
        if (!context.Request.Cookies.ContainsKey(LocaleCookie))
        {
            context.Response.Headers.Append("Set-Cookie", $"{LocaleCookie}=zh-CN; Path=/; Max-Age=31536000; SameSite=Lax");
            return LabResponses.Redirect(context, context.Request.Path);
        }

        site.Counters.PageLoad();
        var store = site.MokaStore;
        var initData = LabJson.Write(MokaJson.InitData(site, store.Spec, store.Listed));
        var title = WebUtility.HtmlEncode($"{store.Spec.OrgDisplayName}招聘");
        var html = Files.Render(title, site.DetailSkin, "  <input id=\"init-data\" type=\"hidden\" value=\"{{INIT_DATA}}\">")
            .Replace("{{INIT_DATA}}", WebUtility.HtmlEncode(initData), StringComparison.Ordinal);
        return LabResponses.Html(context, html);
    }
}
