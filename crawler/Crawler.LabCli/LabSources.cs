using System.Text.RegularExpressions;
using Crawler.Lab;

namespace Crawler.LabCli;

/// <summary>
/// Resolves the demo configuration against a running lab: every <c>{lab:SITE}</c> placeholder becomes that
/// lab site's entry URL, so the shipped file stays the one place that lists the demo's sources.
/// </summary>
public static partial class LabSources
{
    public static string DemoFile => Path.Combine(AppContext.BaseDirectory, "sources", "demo.json");

    public static string Resolve(string template, LabHost lab) =>
        Placeholder().Replace(template, m => lab.Site(m.Groups[1].Value).EntryUrl.ToString());

    /// <summary>Writes the resolved file and returns its path.</summary>
    public static string WriteResolved(string templatePath, LabHost lab, string outputPath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        if (directory is not null) Directory.CreateDirectory(directory);
        File.WriteAllText(outputPath, Resolve(File.ReadAllText(templatePath), lab));
        return outputPath;
    }

    [GeneratedRegex(@"\{lab:([a-z0-9._-]+)\}")]
    private static partial Regex Placeholder();
}
