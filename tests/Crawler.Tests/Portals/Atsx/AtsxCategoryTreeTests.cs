using Crawler.Tests.Support;

namespace Crawler.Tests.Portals.Atsx;

public sealed class AtsxCategoryTreeTests
{
    [Fact]
    public void Parse_RealByteDanceTree_Has9RootsAndNamesEveryLeaf()
    {
        var tree = RealSamples.ByteDanceCategoryTree();
        Assert.Equal(9, tree.Roots.Count);
        Assert.Equal(66, tree.Roots.Sum(r => r.Children.Count));
        Assert.Equal("研发", tree.NameOf("6704215862603155720"));
        Assert.Equal("后端", tree.NameOf("6704215862557018372"));
    }
}
