using Crawler.Model;
using Crawler.Portals.Atsx;

namespace Crawler.Tests.Portals.Atsx;

public sealed class AtsxListPageTests
{
    [Fact]
    public void Parse_OkAnswer_ReadsCountAndPosts()
    {
        var page = AtsxListPage.Parse("""{"code":0,"message":"ok","error":null,"data":{"count":10000,"extra":"{}","job_post_list":[{"id":"1"},{"id":"2"}]}}""");
        Assert.Equal(10000, page.Count);
        Assert.Equal(2, page.Posts.Count);
    }

    [Fact]
    public void Parse_SiteNotExist_IsAnErrorNotZeroPostings()
    {
        var error = Assert.Throws<PortalException>(() => AtsxListPage.Parse("""{"code":-9000003,"message":"site not exist","data":null}"""));
        Assert.Contains("-9000003", error.Message, StringComparison.Ordinal);
        Assert.Contains("site not exist", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"code":0,"message":"ok","data":{"count":12,"job_post_li""", "malformed JSON")]
    [InlineData("""{"code":0,"message":"ok"}""", "no 'data'")]
    [InlineData("""{"code":0,"data":{"job_post_list":[]}}""", "no 'count'")]
    [InlineData("""<html>验证码</html>""", "malformed JSON")]
    public void Parse_BrokenAnswer_FailsClearly(string body, string expected)
    {
        var error = Assert.Throws<PortalException>(() => AtsxListPage.Parse(body));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
