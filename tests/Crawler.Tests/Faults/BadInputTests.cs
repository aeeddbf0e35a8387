using System.Text.Json;
using Crawler.Changes;
using Crawler.Model;
using Crawler.Portals.Atsx;

namespace Crawler.Tests.Faults;

/// <summary>Bad answers are errors (never "zero postings"); odd but valid text is data, stored verbatim.</summary>
public sealed class BadInputTests
{
    private static readonly Uri Entry = new("https://jobs.bytedance.com/campus/position");

    [Theory]
    [InlineData("""{"code":0,"data":{"count":40,"job_post_list":[{"id":"1","ti""", "truncated")]
    [InlineData("""<html><body>请完成安全验证 captcha</body></html>""", "captcha page")]
    [InlineData("""{"code":-9000003,"message":"site not exist","data":null}""", "site not exist")]
    [InlineData("""{"success":false,"message":"blocked"}""", "success:false")]
    [InlineData("""{"code":0,"data":{"count":{"n":40},"job_post_list":[]}}""", "count of the wrong type")]
    [InlineData("""{"code":0,"data":{"job_post_list":[]}}""", "no count")]
    [InlineData("""{"code":"0","data":[]}""", "data of the wrong type")]
    public void Parse_BlockedOrMalformedAnswer_IsAnErrorNeverAnEmptyPage(string body, string what)
    {
        var error = Assert.Throws<PortalException>(() => AtsxListPage.Parse(body));
        Assert.False(string.IsNullOrWhiteSpace(error.Message), what);
    }

    [Fact]
    public void Parse_PostingWithWrongTypedTitle_IsAnErrorNotASilentlyDroppedPosting()
    {
        using var doc = JsonDocument.Parse("""{"id":"7","title":{"zh":"工程师"},"city_list":[]}""");
        Assert.Throws<PortalException>(() => AtsxPostingParser.Parse(doc.RootElement, Entry, AtsxCategoryTree.Empty));
    }

    [Fact]
    public void Parse_HtmlAndScriptInPostingText_AreStoredVerbatimAsData()
    {
        const string hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> 负责 &amp; 推理";
        var json = JsonSerializer.Serialize(new { id = "8", title = "<b>算法</b>", description = hostile, requirement = hostile, city_list = Array.Empty<object>() });
        using var doc = JsonDocument.Parse(json);

        var posting = AtsxPostingParser.Parse(doc.RootElement, Entry, AtsxCategoryTree.Empty);

        Assert.Equal(hostile, posting.Description);
        Assert.Equal(hostile, posting.Requirement);
        Assert.Equal("<b>算法</b>", posting.Title);
    }

    [Fact]
    public void Parse_FiveMegabyteDescription_IsKeptWholeAndHashed()
    {
        var huge = string.Concat(Enumerable.Repeat("负责大模型训练与推理优化。Build and evaluate coding agents. ", 5 * 1024 * 1024 / 60));
        var json = JsonSerializer.Serialize(new { id = "9", title = "t", description = huge, city_list = Array.Empty<object>() });
        var page = AtsxListPage.Parse("{\"code\":0,\"data\":{\"count\":1,\"job_post_list\":[" + json + "]}}");

        var posting = AtsxPostingParser.Parse(page.Posts[0], Entry, AtsxCategoryTree.Empty);

        Assert.True(json.Length > 5_000_000);
        Assert.Equal(huge, posting.Description);
        Assert.Equal(64, ContentHasher.Business(posting).Length);
    }
}
