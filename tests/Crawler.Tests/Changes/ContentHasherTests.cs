using Crawler.Changes;
using Crawler.Tests.Support;

namespace Crawler.Tests.Changes;

public sealed class ContentHasherTests
{
    [Fact]
    public void Business_CityOrderAndLineEndings_DoNotChangeTheHash()
    {
        var a = StoreTestData.Observed("1") with { Cities = ["北京", "上海"], Description = "line one\nline two" };
        var b = a with { Cities = ["上海", "北京"], Description = "line one  \r\nline two\n" };
        Assert.Equal(ContentHasher.Business(a), ContentHasher.Business(b));
    }

    [Fact]
    public void Business_TitleEdit_ChangesTheHash()
    {
        var a = StoreTestData.Observed("1");
        Assert.NotEqual(ContentHasher.Business(a), ContentHasher.Business(a with { Title = a.Title + "!" }));
    }

    [Fact]
    public void ChangedFields_ListsOnlyTheFieldsThatDiffer()
    {
        var a = StoreTestData.Observed("1");
        var b = a with { Cities = ["深圳"], PortalStatus = "pause" };
        Assert.Equal(["cities", "portalStatus"], ContentHasher.ChangedFields(a, b));
    }
}
