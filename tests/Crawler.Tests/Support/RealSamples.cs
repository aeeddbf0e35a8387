using System.Text.Json;
using Crawler.Portals.Atsx;

namespace Crawler.Tests.Support;

/// <summary>
/// Real payloads captured from the portals, kept verbatim in <c>tests/Crawler.Tests/Fixtures/real</c>
/// (each folder's SOURCE.txt names where they came from) and copied next to the test assembly.
/// </summary>
public static class RealSamples
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "real");

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Directory, relativePath));

    public static AtsxCategoryTree ByteDanceCategoryTree()
    {
        using var doc = JsonDocument.Parse(Read("bytedance/config-job-filters-2.job_type_list.json"));
        return AtsxCategoryTree.Parse(doc.RootElement);
    }
}
