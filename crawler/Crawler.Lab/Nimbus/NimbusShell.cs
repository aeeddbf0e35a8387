using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace Crawler.Lab.Nimbus;

/// <summary>The HTML shell (no posting data in it) and the two page scripts.</summary>
internal static class NimbusShell
{
    private static readonly Lazy<string> Template = new(() => Resource("nimbus-shell.html"));
    private static readonly string[] Scripts = ["nimbus-careers.js", "nimbus-jobs.js", "nimbus-board.js"];

    public static Task PageAsync(HttpContext context, LabSite site, string script)
    {
        site.Counters.PageLoad();
        var html = Template.Value
            .Replace("{{TITLE}}", NimbusSiteCatalog.Title(site.Id), StringComparison.Ordinal)
            .Replace("{{SCRIPT}}", "/static/" + script, StringComparison.Ordinal);
        return Text(context, html, "text/html; charset=utf-8");
    }

    public static Task ScriptAsync(HttpContext context, string file)
    {
        if (!Scripts.Contains(file))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return Text(context, Resource(file), "application/javascript; charset=utf-8");
    }

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
