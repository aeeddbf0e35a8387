using System.Text.Json;
using Crawler.Lab.Atsx;
using Crawler.Tests.Support;

namespace Crawler.Tests.Lab;

/// <summary>The lab's ATSX category tree, kept as data in Atsx/Static/atsx-categories.json.</summary>
public sealed class AtsxCategoryDataTests
{
    [Fact]
    public void All_ReadFromItsJson_IsTheRealByteDanceTreeInOrder()
    {
        using var doc = JsonDocument.Parse(RealSamples.Read("bytedance/config-job-filters-2.job_type_list.json"));
        var real = doc.RootElement.EnumerateArray()
            .SelectMany(root => new[] { Row(root, null) }.Concat(
                root.GetProperty("children").EnumerateArray().Select(child => Row(child, root.GetProperty("id").GetString()))))
            .ToList();

        Assert.Equal(75, real.Count);
        Assert.Equal(real, AtsxCategoryData.All.Select(c => (c.Id, c.Name, c.EnName, c.ParentId)));
    }

    private static (string Id, string Name, string EnName, string? ParentId) Row(JsonElement node, string? parentId) =>
        (node.GetProperty("id").GetString()!, node.GetProperty("name").GetString()!, node.GetProperty("en_name").GetString()!, parentId);
}
