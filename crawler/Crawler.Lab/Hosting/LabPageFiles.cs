using System.Text.Json.Nodes;
using Crawler.Lab.Generation;

namespace Crawler.Lab.Hosting;

/// <summary>
/// One family's page files, embedded under <c>{Family}/Static/</c>: its head fragment <c>{prefix}-head.html</c> and its
/// app script <c>{prefix}-app.js</c> (served at <c>/static/{prefix}-app.js</c> after the detail skin reader), put into
/// the lab's one shell (<see cref="LabShellPage"/>). A head that carries the page's configuration as script JSON marks
/// the place with <c>{{CONFIG}}</c>.
/// </summary>
internal sealed class LabPageFiles(string family, string prefix)
{
    private readonly Lazy<string> head = new(() => LabResources.Read($"{family}.Static.{prefix}-head.html"));
    private readonly Lazy<string> script = new(() => DetailSkinScript.Prepend(LabResources.Read($"{family}.Static.{prefix}-app.js")));

    public string ScriptPath { get; } = $"/static/{prefix}-app.js";

    /// <summary>The app script as served.</summary>
    public string Script => script.Value;

    /// <summary>The shell with the family's head; the family's own placeholders are still to be filled.</summary>
    public string Render(string title, JsonObject skin, string beforeApp = "") => LabShellPage.Render(title, head.Value, skin, ScriptPath, beforeApp);

    public Task ScriptAsync(HttpContext context) => LabResponses.Script(context, Script);

    /// <summary>Answers a load of one of <paramref name="site"/>'s pages: the shell with its skin and <paramref name="config"/> at <c>{{CONFIG}}</c>.</summary>
    public Task PageAsync(HttpContext context, LabSite site, string title, JsonObject config)
    {
        site.Counters.PageLoad();
        var html = Render(title, site.DetailSkin).Replace("{{CONFIG}}", LabJson.ForScript(config), StringComparison.Ordinal);
        return LabResponses.Html(context, html);
    }
}
