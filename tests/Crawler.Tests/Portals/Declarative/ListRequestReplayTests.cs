using Crawler.Portals.Declarative;

namespace Crawler.Tests.Portals.Declarative;

/// <summary>Learning a list call's page field from two calls the page made, and building the call for any page.</summary>
public sealed class ListRequestReplayTests
{
    private const string Api = "https://careers.example.cn/api/jobs/search";
    private static readonly Dictionary<string, string> Json = new() { ["content-type"] = "application/json", ["x-csrf"] = "t0k" };
    private static readonly Dictionary<string, string> Form = new() { ["content-type"] = "application/x-www-form-urlencoded" };
    private static readonly Dictionary<string, string> None = [];

    private static ListRequest Post(string body, IReadOnlyDictionary<string, string>? headers = null, string url = Api) =>
        ListRequest.Of("POST", url, body, headers ?? Json);

    private static ListRequest Get(string url) => ListRequest.Of("GET", url, null, None);

    [Fact]
    public void Learn_JsonBodyPageNumber_BuildsEveryPageKeepingTheRest()
    {
        var replay = ListRequestReplay.Learn(Post("""{"page":2,"size":10,"q":""}"""), Post("""{"page":3,"size":10,"q":""}"""), Api, 2, 10, out var why);

        Assert.NotNull(replay);
        Assert.Equal("", why);
        Assert.Equal("json:$.page", replay.Location);
        Assert.Equal((Api, """{"page":8,"size":10,"q":""}"""), replay.Request(7));
        Assert.Equal("t0k", replay.Headers["x-csrf"]);
    }

    [Fact]
    public void Learn_NestedStringPageInJson_StaysAString()
    {
        var replay = ListRequestReplay.Learn(Post("""{"filter":{"k":"ai"},"paging":[{"no":"2"}]}"""), Post("""{"filter":{"k":"ai"},"paging":[{"no":"3"}]}"""), Api, 2, 20, out _);

        Assert.NotNull(replay);
        Assert.Equal("json:$.paging[0].no", replay.Location);
        Assert.Equal("""{"filter":{"k":"ai"},"paging":[{"no":"5"}]}""", replay.Request(4).Body);
    }

    [Fact]
    public void Learn_QueryOffsetBySizeOfAPage_CountsFromZero()
    {
        var replay = ListRequestReplay.Learn(Get(Api + "?offset=20&limit=20&lang=zh"), Get(Api + "?offset=40&limit=20&lang=zh"), Api + "?offset=40&limit=20&lang=zh", 2, 20, out _);

        Assert.NotNull(replay);
        Assert.Equal("query:offset", replay.Location);
        Assert.Equal(Api + "?offset=0&limit=20&lang=zh", replay.Request(0).Url);
        Assert.Equal(Api + "?offset=100&limit=20&lang=zh", replay.Request(5).Url);
        Assert.Equal("same-origin", replay.Credentials);
    }

    [Fact]
    public void Request_QueryValuesStayEscaped_SoAnEncodedAmpersandIsNotASecondParameter()
    {
        var earlier = Api + "?q=R%26D%20%E7%AE%97%E6%B3%95&page=2";
        var later = Api + "?q=R%26D%20%E7%AE%97%E6%B3%95&page=3";

        var replay = ListRequestReplay.Learn(Get(earlier), Get(later), later, 2, 10, out _);

        Assert.Equal(Api + "?q=R%26D%20%E7%AE%97%E6%B3%95&page=7", replay!.Request(6).Url);
    }

    [Fact]
    public void Learn_FormBody_MovesTheFormField()
    {
        var replay = ListRequestReplay.Learn(Post("pageNo=2&kw=%E7%AE%97%E6%B3%95", Form), Post("pageNo=3&kw=%E7%AE%97%E6%B3%95", Form), Api, 2, 10, out _);

        Assert.NotNull(replay);
        Assert.Equal("form:pageNo", replay.Location);
        Assert.Equal("pageNo=10&kw=%E7%AE%97%E6%B3%95", replay.Request(9).Body);
    }

    [Theory]
    [InlineData("""{"page":2,"ts":1700000000001}""", """{"page":3,"ts":1700000000957}""", "differ in 2 fields (json:$.page, json:$.ts)")]
    [InlineData("""{"page":2}""", """{"page":2}""", "are identical")]
    [InlineData("""{"page":"b"}""", """{"page":"c"}""", "which is not a whole number")]
    [InlineData("""{"page":2}""", """{"page":4}""", "json:$.page went from 2 to 4: neither the next page number nor an offset by the 10 postings")]
    [InlineData("""{"cursor":"9"}""", """{"cursor":"3"}""", "went from 9 to 3")]
    [InlineData("""{"page":2,"a.b":1}""", """{"page":3,"a.b":2}""", "differ in 2 fields")]
    public void Learn_CallsThatAreNotOneCallWithAPageField_AreNotReplayed(string earlier, string later, string expected)
    {
        Assert.Null(ListRequestReplay.Learn(Post(earlier), Post(later), Api, 2, 10, out var why));
        Assert.Contains(expected, why, StringComparison.Ordinal);
    }

    [Fact]
    public void Learn_SignedQueryBesideThePage_IsNotReplayed()
    {
        Assert.Null(ListRequestReplay.Learn(Post("""{"page":2}""", url: Api + "?_signature=aa01"), Post("""{"page":3}""", url: Api + "?_signature=7f3c"), Api, 2, 10, out var why));
        Assert.Contains("query:_signature", why, StringComparison.Ordinal);
    }

    [Fact]
    public void Learn_AnotherAddressOrMethod_IsNotReplayed()
    {
        Assert.Null(ListRequestReplay.Learn(Post("""{"page":2}"""), Post("""{"page":3}""", url: Api + "/v2"), Api, 2, 10, out var why));
        Assert.Contains("different places", why, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_CopiesOnlyHeadersAPageFetchMaySet_AndSendsCookiesWhenThePageDid()
    {
        var call = ListRequest.Of("post", Api, "{}", new Dictionary<string, string>
        {
            [":authority"] = "careers.example.cn", ["cookie"] = "sid=1", ["Host"] = "careers.example.cn", ["content-length"] = "2",
            ["sec-ch-ua"] = "x", ["user-agent"] = "ua", ["referer"] = "r", ["x-csrf"] = "t0k", ["content-type"] = "application/json",
        });

        Assert.Equal(["content-type", "x-csrf"], call.Headers.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("include", call.Credentials);
        Assert.Equal("POST", call.Method);
    }
}
