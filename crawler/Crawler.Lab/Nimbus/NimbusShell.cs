using Crawler.Lab.Hosting;

namespace Crawler.Lab.Nimbus;

/// <summary>The HTML shell (the lab's one shell, no posting data in it) and the page scripts, each served after the shared <c>nimbus-dom.js</c>.</summary>
internal static class NimbusShell
{
    private static readonly Lazy<string> Head = new(() => LabResources.Read("Nimbus.Static.nimbus-head.html"));
    private static readonly Lazy<string> Dom = new(() => LabResources.Read("Nimbus.Static.nimbus-dom.js"));
    private static readonly string[] Scripts = ["nimbus-careers.js", "nimbus-jobs.js", "nimbus-board.js"];

    public static Task PageAsync(HttpContext context, LabSite site, string script)
    {
        site.Counters.PageLoad();
        var html = LabShellPage.Render(NimbusSiteCatalog.Title(site.Id), Head.Value, site.DetailSkin, "/static/" + script);
        return LabResponses.Html(context, html);
    }

    public static Task ScriptAsync(HttpContext context, string file)
    {
        if (!Scripts.Contains(file))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return LabResponses.Script(context, Dom.Value + LabResources.Read("Nimbus.Static." + file));
    }
}
