using System.Net;
using System.Text.Json;
using Crawler.Lab.Atsx;
using Crawler.Tests.Lab.Support;

namespace Crawler.Tests.Lab;

/// <summary>CSRF, site selection and request validation as portals.md §1.1 describes them.</summary>
public sealed class AtsxProtocolTests(SharedLabFixture fixture) : IClassFixture<SharedLabFixture>
{
    [Fact]
    public async Task Search_WithoutCsrfToken_Returns405()
    {
        using var client = new AtsxTestClient(fixture.Lab.Site("bytedance-campus"));

        using var response = await client.SearchAsync(AtsxTestClient.SearchBody());

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Search_WithTokenFromCsrfEndpoint_ReturnsPostings()
    {
        using var client = new AtsxTestClient(fixture.Lab.Site("bytedance-campus"));
        await client.FetchTokenAsync();

        var data = await client.SearchDataAsync(AtsxTestClient.SearchBody(limit: 10));

        Assert.Equal(400, data.GetProperty("count").GetInt32());
        Assert.Equal(10, data.GetProperty("job_post_list").GetArrayLength());
    }

    [Fact]
    public async Task CsrfToken_Response_SetsUrlEncodedCookieHoldingTheToken()
    {
        var site = fixture.Lab.Site("bytedance-campus");
        using var client = new AtsxTestClient(site);

        var token = await client.FetchTokenAsync();

        var cookie = client.Cookies.GetCookies(site.EntryUrl)[AtsxApiHandlers.CsrfCookie];
        Assert.NotNull(cookie);
        Assert.Equal(Uri.EscapeDataString(token), cookie.Value);
        Assert.NotEqual(token, cookie.Value);
    }

    [Fact]
    public async Task Search_HeaderNotMatchingCookie_Returns405()
    {
        using var client = new AtsxTestClient(fixture.Lab.Site("bytedance-campus"));
        await client.FetchTokenAsync();

        using var response = await client.SearchAsync(AtsxTestClient.SearchBody(), token: "forged-token");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Search_WrongWebsitePath_ReturnsSiteNotExistWithHttp200()
    {
        using var client = new AtsxTestClient(fixture.Lab.Site("bytedance-experienced"));
        await client.FetchTokenAsync();

        using var response = await client.SearchAsync(AtsxTestClient.SearchBody(), websitePath: "experienced");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(-9000003, document.RootElement.GetProperty("code").GetInt32());
        Assert.Equal("site not exist", document.RootElement.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Search_IdsAsNumbers_Returns400()
    {
        using var client = new AtsxTestClient(fixture.Lab.Site("bytedance-campus"));
        await client.FetchTokenAsync();
        var body = AtsxTestClient.SearchBody().Replace("\"job_category_id_list\":[]", "\"job_category_id_list\":[6704215862603155720]", StringComparison.Ordinal);

        using var response = await client.SearchAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Search_Unsigned_AcceptedOnByteDance()
    {
        using var client = new AtsxTestClient(fixture.Lab.Site("bytedance-campus"));
        await client.FetchTokenAsync();

        using var response = await client.SearchAsync(AtsxTestClient.SearchBody(), sign: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Search_UnsignedOnMiniMax_Returns405()
    {
        using var client = new AtsxTestClient(fixture.Lab.Site("minimax-social"));
        await client.FetchTokenAsync();

        using var response = await client.SearchAsync(AtsxTestClient.SearchBody(portalType: 6), sign: false);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Search_SignedOnMiniMax_ReturnsPostings()
    {
        using var client = new AtsxTestClient(fixture.Lab.Site("minimax-social"));
        await client.FetchTokenAsync();

        var data = await client.SearchDataAsync(AtsxTestClient.SearchBody(portalType: 6));

        Assert.Equal(200, data.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Search_MiniMaxBodyChangedAfterSigning_Returns405()
    {
        using var client = new AtsxTestClient(fixture.Lab.Site("minimax-campus"));
        await client.FetchTokenAsync();
        const string path = "/api/v1/search/job/posts";
        var signedFor = AtsxTestClient.SearchBody(limit: 10, portalType: 6);
        var sent = AtsxTestClient.SearchBody(limit: 100, portalType: 6);
        using var request = new HttpRequestMessage(HttpMethod.Post, AtsxSignature.SignedPathAndQuery(path, "limit=10", signedFor))
        {
            Content = new StringContent(sent, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("website-path", "379481");
        request.Headers.Add("x-csrf-token", client.Token);

        using var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Detail_ListedPosting_ReturnsOnlineDetailWithDepartment()
    {
        var site = fixture.Lab.Site("minimax-campus");
        var posting = site.GroundTruth()[3];
        using var client = new AtsxTestClient(site);
        await client.FetchTokenAsync();

        using var response = await client.DetailAsync(posting.Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var detail = document.RootElement.GetProperty("data").GetProperty("job_post_detail");
        Assert.Equal(posting.Id, detail.GetProperty("id").GetString());
        Assert.Equal(posting.Title, detail.GetProperty("title").GetString());
        Assert.Equal(1, detail.GetProperty("channel_online_status").GetInt32());
        Assert.Equal(JsonValueKind.Object, detail.GetProperty("department_info").ValueKind);
        Assert.Equal(JsonValueKind.Array, document.RootElement.GetProperty("data").GetProperty("recommend_job_post_List").ValueKind);
    }

    [Fact]
    public async Task Detail_WithoutToken_Returns405()
    {
        var site = fixture.Lab.Site("bytedance-campus");
        using var client = new AtsxTestClient(site);

        using var response = await client.DetailAsync(site.GroundTruth()[0].Id);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Filters_Config_ReturnsRealCategoryTree()
    {
        using var client = new AtsxTestClient(fixture.Lab.Site("bytedance-experienced"));

        using var response = await client.Http.GetAsync("/api/v1/config/job/filters/2");

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var roots = document.RootElement.GetProperty("data").GetProperty("job_type_list").EnumerateArray().ToList();
        Assert.Equal(9, roots.Count);
        Assert.Equal(66, roots.Sum(r => r.GetProperty("children").GetArrayLength()));
        Assert.Contains(roots, r => r.GetProperty("id").GetString() == "6704215862603155720" && r.GetProperty("name").GetString() == "研发");
        Assert.Equal(8, document.RootElement.GetProperty("data").GetProperty("city_list").GetArrayLength());
    }
}
