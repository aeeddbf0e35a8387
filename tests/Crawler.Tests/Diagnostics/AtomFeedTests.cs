using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using Crawler.Tests.Support;

namespace Crawler.Tests.Diagnostics;

/// <summary>
/// <c>/feed.atom</c> on the endpoint of <c>crawler run</c>, read by an independent Atom parser
/// (System.ServiceModel.Syndication) as a feed reader would; the store holds detected runs, no browser runs.
/// </summary>
public sealed class AtomFeedTests : IAsyncLifetime
{
    private const string Hostile = "R&D <script>alert(1)</script> \u0001研究员";
    private readonly TempDirectory _temp = new();
    private WorkerHarness _worker = null!;

    public async Task InitializeAsync()
    {
        _worker = await WorkerHarness.CreateAsync(_temp.File("crawler.db"), "w", []);
        var deepseek = new DetectedRuns(_worker.Store, StoreTestData.Source("moka-deepseek", "DeepSeek"));
        var minimax = new DetectedRuns(_worker.Store, StoreTestData.Source("atsx-minimax", "MiniMax"));
        var agent = StoreTestData.Observed("1", "Agent 工程师") with { Requirement = "本科\n3年以上", Cities = ["北京"] };
        await deepseek.CrawlAsync(agent, StoreTestData.Observed("2", Hostile) with { Cities = ["上海"], Url = "https://jobs.example.test/p?id=2&lang=zh" });
        await minimax.CrawlAsync(StoreTestData.Observed("9", "Voice Engineer") with { Cities = ["Shanghai"], Description = "语音合成 TTS" });
        await deepseek.CrawlAsync(agent with { Requirement = "本科\n5年以上" }, StoreTestData.Observed("2", Hostile) with { Cities = ["上海"], Url = "https://jobs.example.test/p?id=2&lang=zh" });
        await _worker.Diagnostics.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _worker.Diagnostics.StopAsync(CancellationToken.None);
        await _worker.DisposeAsync();
        _temp.Delete();
    }

    private async Task<(SyndicationFeed Feed, string Xml)> FeedAsync(string query)
    {
        var response = await GetAsync("/feed.atom" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var xml = await response.Content.ReadAsStringAsync();
        using var reader = XmlReader.Create(new StringReader(xml));
        return (SyndicationFeed.Load(reader), xml);
    }

    private async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var http = new HttpClient { BaseAddress = _worker.Diagnostics.Address };
        var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    [Fact]
    public async Task FeedAtom_AppearedAndChanged_NewestFirstWithTheDiffAndEscapedPortalText()
    {
        var (feed, xml) = await FeedAsync("?kind=appeared,changed");

        var items = feed.Items.ToList();
        Assert.Equal(4, items.Count);
        Assert.Equal("Posting changed at DeepSeek: Agent 工程师", items[0].Title.Text);
        Assert.Contains("requirement: −3年以上 +5年以上", ((TextSyndicationContent)items[0].Content).Text, StringComparison.Ordinal);
        Assert.Equal(["changed", "appeared", "appeared", "appeared"], items.Select(i => i.Categories.Single().Name));
        Assert.True(items.Zip(items.Skip(1)).All(p => p.First.LastUpdatedTime >= p.Second.LastUpdatedTime));
        var hostile = Assert.Single(items, i => i.Title.Text.Contains("<script>", StringComparison.Ordinal));
        Assert.Equal("New posting at DeepSeek: R&D <script>alert(1)</script> 研究员", hostile.Title.Text);
        Assert.Equal("https://jobs.example.test/p?id=2&lang=zh", hostile.Links.Single().Uri.AbsoluteUri);
        Assert.DoesNotContain("<script>", xml, StringComparison.Ordinal);
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public async Task FeedAtom_SinkFilters_OnlyMatchingEvents()
    {
        var shanghai = (await FeedAsync("?city=Shanghai")).Feed.Items.Select(i => i.Title.Text).ToList();
        var keyword = (await FeedAsync("?keyword=TTS&kind=appeared&kind=changed")).Feed.Items.Select(i => i.Title.Text).ToList();
        var deepseekChanges = (await FeedAsync("?company=deepseek&kind=changed")).Feed.Items.Select(i => i.Title.Text).ToList();
        var defaultKinds = (await FeedAsync("?limit=10")).Feed.Items.Count();

        Assert.Equal(["New posting at MiniMax: Voice Engineer", "New posting at DeepSeek: R&D <script>alert(1)</script> 研究员"], shanghai);
        Assert.Equal(["New posting at MiniMax: Voice Engineer"], keyword);
        Assert.Equal(["Posting changed at DeepSeek: Agent 工程师"], deepseekChanges);
        Assert.Equal(3, defaultKinds);
    }

    [Fact]
    public async Task FeedAtom_LimitOne_OnlyTheLatest()
    {
        var feed = (await FeedAsync("?kind=changed,appeared&limit=1")).Feed;

        Assert.Equal("Posting changed at DeepSeek: Agent 工程师", Assert.Single(feed.Items).Title.Text);
    }

    [Fact]
    public async Task FeedAtom_UnknownKind_Answers400NamingIt()
    {
        var response = await GetAsync("/feed.atom?kind=edited");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("kind 'edited'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
