using System.Text.Json.Nodes;

namespace Crawler.Lab.Hosting;

/// <summary>
/// The one HTML shell every family's page is (<c>Generation/Static/lab-shell.html</c>): charset, viewport, base style
/// and the seeded detail skin; the family adds its own styles and configuration (<c>{Family}/Static/*-head.html</c>),
/// its body and its script. The shell carries configuration only, never posting data.
/// </summary>
internal static class LabShellPage
{
    private const string App = "  <div id=\"app\"></div>";

    private static readonly Lazy<string> Template = new(() => LabResources.Read("Generation.Static.lab-shell.html"));

    /// <param name="title">The page title, as the family's real page words it.</param>
    /// <param name="head">The family's head fragment (its own placeholders are still to be filled by the family).</param>
    /// <param name="skin">The site's detail skin.</param>
    /// <param name="script">The path of the family's app script.</param>
    /// <param name="beforeApp">Body markup before the app root.</param>
    public static string Render(string title, string head, JsonObject skin, string script, string beforeApp = "") =>
        Template.Value
            .Replace("{{HEAD}}", head.TrimEnd('\n'), StringComparison.Ordinal)
            .Replace("{{BODY}}", beforeApp.Length == 0 ? App : beforeApp + "\n" + App, StringComparison.Ordinal)
            .Replace("{{SCRIPT}}", script, StringComparison.Ordinal)
            .Replace("{{TITLE}}", title, StringComparison.Ordinal)
            .Replace("{{SKIN}}", LabJson.ForScript(skin), StringComparison.Ordinal);
}
