using System.Text.Json;
using Crawler.Lab.Atsx;
using Crawler.Tests.Lab.Support;

namespace Crawler.Tests.Lab;

/// <summary>Paging, the 10,000 window, filters and the shape of each post.</summary>
public sealed class AtsxSearchTests(SharedLabFixture fixture) : IClassFixture<SharedLabFixture>
{
    [Fact]
    public async Task Search_PagingWithLimitAndOffset_ReturnsEveryListedPostingOnce()
    {
        var site = fixture.Lab.Site("bytedance-campus");
        using var client = new AtsxTestClient(site);
        await client.FetchTokenAsync();

        var ids = new List<string>();
        for (var offset = 0; offset < 400; offset += 50)
        {
            var data = await client.SearchDataAsync(AtsxTestClient.SearchBody(offset, 50));
            ids.AddRange(data.GetProperty("job_post_list").EnumerateArray().Select(p => p.GetProperty("id").GetString()!));
        }

        Assert.Equal(site.GroundTruth().Select(p => p.Id).Order(), ids.Order());
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Search_MoreThanWindow_CountSaturatesAt10000()
    {
        using var client = new AtsxTestClient(fixture.Lab.Site("bytedance-experienced"));
        await client.FetchTokenAsync();

        var data = await client.SearchDataAsync(AtsxTestClient.SearchBody(portalType: 2));

        Assert.Equal(SharedLabFixture.ExperiencedSize, fixture.Lab.Site("bytedance-experienced").GroundTruth().Count);
        Assert.Equal(10_000, data.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Search_Offset9990_ReturnsTenPostings()
    {
        using var client = new AtsxTestClient(fixture.Lab.Site("bytedance-experienced"));
        await client.FetchTokenAsync();

        var data = await client.SearchDataAsync(AtsxTestClient.SearchBody(9990, 10, portalType: 2));

        Assert.Equal(10, data.GetProperty("job_post_list").GetArrayLength());
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(10_200)]
    public async Task Search_OffsetAtOrPastWindow_ReturnsEmptyListWithCount10000(int offset)
    {
        using var client = new AtsxTestClient(fixture.Lab.Site("bytedance-experienced"));
        await client.FetchTokenAsync();

        var data = await client.SearchDataAsync(AtsxTestClient.SearchBody(offset, 10, portalType: 2));

        Assert.Equal(0, data.GetProperty("job_post_list").GetArrayLength());
        Assert.Equal(10_000, data.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Search_RootCategory_MatchesPostingsInItsLeaves()
    {
        var site = fixture.Lab.Site("bytedance-campus");
        using var client = new AtsxTestClient(site);
        await client.FetchTokenAsync();
        var root = AtsxCategoryTree.Roots.Single(r => r.Name == "研发");

        var data = await client.SearchDataAsync(AtsxTestClient.SearchBody(0, 200, [root.Id]));

        var expected = site.GroundTruth().Count(p => p.CategoryPath.StartsWith("研发 / ", StringComparison.Ordinal));
        Assert.True(expected > 0);
        Assert.Equal(expected, data.GetProperty("count").GetInt32());
        Assert.All(data.GetProperty("job_post_list").EnumerateArray(), p =>
            Assert.Equal(root.Id, p.GetProperty("job_category").GetProperty("parent").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Search_RootCategories_PartitionTheSiteAboveTheWindow()
    {
        var site = fixture.Lab.Site("bytedance-experienced");
        using var client = new AtsxTestClient(site);
        await client.FetchTokenAsync();

        var total = 0;
        foreach (var root in AtsxCategoryTree.Roots)
        {
            var data = await client.SearchDataAsync(AtsxTestClient.SearchBody(0, 1, [root.Id], portalType: 2));
            total += data.GetProperty("count").GetInt32();
        }

        Assert.Equal(SharedLabFixture.ExperiencedSize, total);
    }

    [Fact]
    public async Task Search_Keyword_ReturnsOnlyMatchingTitles()
    {
        var site = fixture.Lab.Site("bytedance-campus");
        using var client = new AtsxTestClient(site);
        await client.FetchTokenAsync();

        var data = await client.SearchDataAsync(AtsxTestClient.SearchBody(0, 200, keyword: "产品经理"));

        var expected = site.GroundTruth().Count(p => p.Title.Contains("产品经理", StringComparison.Ordinal));
        Assert.True(expected > 0);
        Assert.Equal(expected, data.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Search_Post_HasThePortalFieldShapes()
    {
        var site = fixture.Lab.Site("bytedance-campus");
        using var client = new AtsxTestClient(site);
        await client.FetchTokenAsync();

        var first = await client.SearchDataAsync(AtsxTestClient.SearchBody(0, 1));
        var second = await client.SearchDataAsync(AtsxTestClient.SearchBody(0, 1));

        var post = first.GetProperty("job_post_list")[0];
        var truth = site.GroundTruth()[0];
        Assert.Matches("^[0-9]{19}$", post.GetProperty("id").GetString());
        Assert.Equal(truth.Id, post.GetProperty("id").GetString());
        Assert.Equal(truth.PublishedAt.ToUnixTimeMilliseconds(), post.GetProperty("publish_time").GetInt64());
        Assert.Equal("2", post.GetProperty("recruit_type").GetProperty("parent").GetProperty("id").GetString());
        Assert.Equal(truth.CategoryPath, $"{post.GetProperty("job_category").GetProperty("parent").GetProperty("name").GetString()} / {post.GetProperty("job_category").GetProperty("name").GetString()}");
        Assert.Equal(truth.CityCodes, post.GetProperty("city_list").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        Assert.Equal(truth.Cities, post.GetProperty("city_list").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        var extra = JsonDocument.Parse(first.GetProperty("extra").GetString()!).RootElement;
        var extraAgain = JsonDocument.Parse(second.GetProperty("extra").GetString()!).RootElement;
        Assert.NotEqual(extra.GetProperty("log_id").GetString(), extraAgain.GetProperty("log_id").GetString());
        Assert.NotEqual(post.GetProperty("recommend_id").GetString(), second.GetProperty("job_post_list")[0].GetProperty("recommend_id").GetString());
    }

    [Fact]
    public async Task Search_HostileText_IsDeliveredVerbatimInJson()
    {
        var site = fixture.Lab.Site("bytedance-experienced");
        var hostile = site.GroundTruth()
            .Select((p, index) => (p, index))
            .First(x => (x.p.Description ?? "").Contains("<script>alert(1)</script>", StringComparison.Ordinal));
        using var client = new AtsxTestClient(site);
        await client.FetchTokenAsync();

        using var response = await client.SearchAsync(AtsxTestClient.SearchBody(hostile.index, 1, portalType: 2));
        var raw = await response.Content.ReadAsStringAsync();

        Assert.Contains("<script>alert(1)</script>", raw, StringComparison.Ordinal);
        var post = JsonDocument.Parse(raw).RootElement.GetProperty("data").GetProperty("job_post_list")[0];
        Assert.Equal(hostile.p.Description, post.GetProperty("description").GetString());
    }
}
