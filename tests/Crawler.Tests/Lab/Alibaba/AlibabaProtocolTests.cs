using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crawler.Lab;
using Crawler.Tests.Lab.Support;

namespace Crawler.Tests.Lab.Alibaba;

/// <summary>Sessions, paging, the 500 cap and campus batches as portals.md §3 describes them.</summary>
public sealed class AlibabaProtocolTests : IAsyncLifetime
{
    private LabHost lab = null!;

    public async Task InitializeAsync() =>
        lab = await LabHost.StartAsync(new LabOptions
        {
            OnlySites = ["alibaba-tongyi", "alibaba-aliyun", "alibaba-campus"],
            SiteSizes = new Dictionary<string, int> { ["alibaba-tongyi"] = 23, ["alibaba-aliyun"] = 677, ["alibaba-campus"] = 40 },
        });

    public async Task DisposeAsync() => await lab.DisposeAsync();

    [Fact]
    public async Task ListPage_WithLang_RedirectsWithoutLangAndSetsSessionCookies()
    {
        using var client = new AlibabaTestClient(lab.Site("alibaba-tongyi"));

        using var response = await client.Http.GetAsync("/off-campus/position-list?lang=zh");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/off-campus/position-list", response.Headers.Location!.OriginalString);
        Assert.NotNull(client.Token);
        Assert.NotNull(client.Cookies.GetCookies(client.Http.BaseAddress!)["SESSION"]);
    }

    [Fact]
    public async Task ListPage_Html_CarriesTokenAndBuChannelButNoPostings()
    {
        using var client = new AlibabaTestClient(lab.Site("alibaba-tongyi"));

        var html = await client.OpenAsync();

        Assert.Contains($"\"__token__\":\"{client.Token}\"", html, StringComparison.Ordinal);
        Assert.Contains("\"offCampus\":\"ty_group_official_site\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(lab.Site("alibaba-tongyi").GroundTruth()[0].Title, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_WithoutCookies_Returns403()
    {
        using var client = new AlibabaTestClient(lab.Site("alibaba-tongyi"));

        using var response = await client.PostAsync("/position/search", client.SearchBody(), token: "guessed");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Search_CookiesButWrongCsrfParameter_Returns403()
    {
        using var client = new AlibabaTestClient(lab.Site("alibaba-tongyi"));
        await client.OpenAsync();

        using var response = await client.PostAsync("/position/search", client.SearchBody(), token: "not-the-session-token");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Search_PagingToTheEnd_EndsWithEmptyDatasAndTotalZero()
    {
        using var client = new AlibabaTestClient(lab.Site("alibaba-tongyi"));
        await client.OpenAsync();

        var pages = new List<JsonElement>();
        for (var index = 1; index <= 4; index++) pages.Add(await client.ContentAsync("/position/search", client.SearchBody(index, 10)));

        Assert.Equal([10, 10, 3, 0], pages.Select(p => p.GetProperty("datas").GetArrayLength()));
        Assert.Equal([23, 23, 23, 0], pages.Select(p => p.GetProperty("totalCount").GetInt32()));
        Assert.Equal(23, pages.SelectMany(p => p.GetProperty("datas").EnumerateArray()).Select(r => r.GetProperty("id").GetInt64()).Distinct().Count());
    }

    [Fact]
    public async Task Search_PastTheCap_ReturnsEmptyPagesWhileTotalStaysFull()
    {
        using var client = new AlibabaTestClient(lab.Site("alibaba-aliyun"));
        await client.OpenAsync();

        var page50 = await client.ContentAsync("/position/search", client.SearchBody(50, 10));
        var page51 = await client.ContentAsync("/position/search", client.SearchBody(51, 10));

        Assert.Equal(10, page50.GetProperty("datas").GetArrayLength());
        Assert.Equal(0, page51.GetProperty("datas").GetArrayLength());
        Assert.Equal(677, page51.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Search_BySubCategory_ShardsCoverEveryPosting()
    {
        using var client = new AlibabaTestClient(lab.Site("alibaba-aliyun"));
        await client.OpenAsync();
        var categories = await client.ContentAsync("/category/list", new JsonObject { ["channel"] = "group_official_site" });
        var leaves = categories.EnumerateArray().SelectMany(r => r.GetProperty("children").EnumerateArray()).Select(c => c.GetProperty("id").GetString()!).ToList();

        var ids = new HashSet<long>();
        foreach (var leaf in leaves)
        {
            var page = await client.ContentAsync("/position/search", client.SearchBody(1, 100, subCategories: leaf));
            Assert.True(page.GetProperty("totalCount").GetInt32() <= 100);
            ids.UnionWith(page.GetProperty("datas").EnumerateArray().Select(r => r.GetProperty("id").GetInt64()));
        }

        Assert.Equal(677, ids.Count);
    }

    [Fact]
    public async Task Search_SamePageTwice_TrackIdChangesAndContentDoesNot()
    {
        using var client = new AlibabaTestClient(lab.Site("alibaba-tongyi"));
        await client.OpenAsync();

        var first = (await client.ContentAsync("/position/search", client.SearchBody())).GetProperty("datas")[0];
        var second = (await client.ContentAsync("/position/search", client.SearchBody())).GetProperty("datas")[0];

        Assert.Equal(first.GetProperty("id").GetInt64(), second.GetProperty("id").GetInt64());
        Assert.NotEqual(first.GetProperty("trackId").GetString(), second.GetProperty("trackId").GetString());
        Assert.Contains("track_id=" + second.GetProperty("trackId").GetString(), second.GetProperty("positionUrl").GetString(), StringComparison.Ordinal);
        Assert.Equal(first.GetProperty("name").GetString(), second.GetProperty("name").GetString());
        Assert.Equal("GP" + first.GetProperty("id").GetInt64(), first.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Search_WrongChannel_AnswersSuccessFalse()
    {
        using var client = new AlibabaTestClient(lab.Site("alibaba-tongyi"));
        await client.OpenAsync();

        using var response = await client.PostAsync("/position/search", client.SearchBody(channel: "ty_group_official_site"));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(document.RootElement.GetProperty("success").GetBoolean());
        Assert.Equal("CHANNEL_NOT_EXIST", document.RootElement.GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task CampusSearch_WithoutBatchId_IsEmptyAndWithEachBatchCoversTheSite()
    {
        using var client = new AlibabaTestClient(lab.Site("alibaba-campus"));
        await client.OpenAsync();
        var batches = await client.ContentAsync("/searchCondition/listBatch", new JsonObject { ["channel"] = "campus_group_official_site", ["language"] = "zh" });
        var ids = new[] { "graduate", "internship", "topTalentPlan" }.SelectMany(g => batches.GetProperty(g).EnumerateArray()).Select(b => b.GetProperty("id").GetInt64().ToString()).ToList();

        var none = await client.ContentAsync("/position/search", client.SearchBody(1, 100));
        var total = 0;
        foreach (var id in ids) total += (await client.ContentAsync("/position/search", client.SearchBody(1, 100, batchId: id))).GetProperty("totalCount").GetInt32();

        Assert.Equal(0, none.GetProperty("totalCount").GetInt32());
        Assert.Equal(5, ids.Count);
        Assert.Equal(40, total);
    }

    [Fact]
    public async Task CampusSearch_WithoutXsrfHeader_Returns403()
    {
        using var client = new AlibabaTestClient(lab.Site("alibaba-campus"));
        await client.OpenAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/position/search?_csrf={client.Token}")
        {
            Content = new StringContent(client.SearchBody().ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };

        using var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Detail_RemovedPosting_AnswersSuccessWithNoContent()
    {
        await using var own = await LabTestHost.StartAsync("alibaba-dingtalk", size: 10);
        var site = own.Site("alibaba-dingtalk");
        using var client = new AlibabaTestClient(site);
        await client.OpenAsync();
        var removed = site.Mutate(add: 0, remove: 1, edit: 0).Removed[0];
        var kept = site.GroundTruth()[0];

        var gone = await client.ContentAsync("/position/detail", new JsonObject { ["channel"] = "dingtalk_group_official_site", ["language"] = "zh", ["id"] = long.Parse(removed) });
        var live = await client.ContentAsync("/position/detail", new JsonObject { ["channel"] = "dingtalk_group_official_site", ["language"] = "zh", ["id"] = long.Parse(kept.Id) });

        Assert.Equal(JsonValueKind.Null, gone.ValueKind);
        Assert.Equal(kept.Title, live.GetProperty("name").GetString());
    }
}
