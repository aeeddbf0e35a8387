using Crawler.Portals;

namespace Crawler.Tests.Portals;

/// <summary>Which request is a posting's detail answer, and which answers are errors.</summary>
public sealed class DetailAnswerTests
{
    private static readonly DetailAnswer Atsx = new("GET", "/api/v1/job/posts/12", null, DetailAnswer.CodeMustBeZero);
    private static readonly DetailAnswer Alibaba = new("POST", "/position/detail", "12", DetailAnswer.SuccessMustBeTrue);

    [Theory]
    [InlineData("GET", "https://jobs.example.cn/api/v1/job/posts/12?portal_type=2&_signature=x", true)]
    [InlineData("GET", "https://jobs.example.cn/api/v1/job/posts/123?portal_type=2", false)]
    [InlineData("POST", "https://jobs.example.cn/api/v1/job/posts/12", false)]
    public void Matches_PathAndMethod_OnlyThisPostingsCall(string method, string url, bool expected) =>
        Assert.Equal(expected, Atsx.Matches(method, new Uri(url), null));

    [Theory]
    [InlineData("""{"channel":"x","language":"zh","id":12}""", true)]
    [InlineData("""{"channel":"x","id":"12"}""", true)]
    [InlineData("""{"channel":"x","id":123}""", false)]
    [InlineData("not json", false)]
    [InlineData(null, false)]
    public void Matches_PostBody_CarriesThePostingId(string? body, bool expected) =>
        Assert.Equal(expected, Alibaba.Matches("POST", new Uri("https://talent.example.cn/position/detail?_csrf=t"), body));

    [Theory]
    [InlineData("""{"code":0,"data":{}}""", null)]
    [InlineData("""{"code":1002,"message":"job not found"}""", "business code 1002 (message job not found)")]
    [InlineData("<html>", "answer is not JSON")]
    public void CodeMustBeZero_ReadsTheBusinessCode(string body, string? expected)
    {
        var verdict = DetailAnswer.CodeMustBeZero(body);
        if (expected is null) Assert.Null(verdict);
        else Assert.StartsWith(expected, verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void SuccessMustBeTrue_SuccessFalse_NamesTheErrorCode() =>
        Assert.Equal("success:false (errorCode E1)", DetailAnswer.SuccessMustBeTrue("""{"success":false,"errorCode":"E1"}"""));
}
