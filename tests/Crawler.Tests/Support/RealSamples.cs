using System.Text.Json;
using Crawler.Portals.Atsx;

namespace Crawler.Tests.Support;

/// <summary>
/// Real payloads captured from the portals, read from <c>shared/real-samples</c> beside the checkout
/// (the same folder CI gets). Never copied into the repo, so they stay verbatim.
/// </summary>
public static class RealSamples
{
    public static string Directory { get; } = Locate();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Directory, relativePath));

    public static AtsxCategoryTree ByteDanceCategoryTree()
    {
        using var doc = JsonDocument.Parse(Read("bytedance/config-job-filters-2.job_type_list.json"));
        return AtsxCategoryTree.Parse(doc.RootElement);
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "real-samples");
            if (System.IO.Directory.Exists(candidate)) return candidate;
            candidate = Path.Combine(dir.FullName, "..", "shared", "real-samples");
            if (System.IO.Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }

        throw new DirectoryNotFoundException("shared/real-samples not found above " + AppContext.BaseDirectory);
    }
}
