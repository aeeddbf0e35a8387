using System.Diagnostics;
using System.Text.Json.Nodes;
using Crawler.Browsing;
using Crawler.Crawling;
using Crawler.Diagnostics;
using Crawler.Lab;
using Crawler.Model;
using Crawler.Portals;
using Crawler.Portals.Alibaba;
using Crawler.Portals.Atsx;
using Crawler.Portals.Moka;
using Crawler.Snapshots;
using Crawler.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Crawler.Tests.Snapshots;

/// <summary>
/// Real Chromium against lab detail pages whose DOM names change per seed: a detail is proven by its own answer
/// and its title, an error answer fails it in seconds, and the failure budget stops a run of failing details.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DetailRendererTests(BrowserFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    [Theory]
    [InlineData("minimax-social", 7)]
    [InlineData("minimax-social", 8)]
    [InlineData("deepseek", 7)]
    [InlineData("deepseek", 8)]
    [InlineData("alibaba-tongyi", 7)]
    [InlineData("alibaba-tongyi", 8)]
    public async Task RenderAsync_DefaultSettings_KeepsTheMainContentWithTitleAndDescription(string siteId, int seed)
    {
        await using var lab = await LabHost.StartAsync(Options(siteId, seed, 6));
        var (work, truth) = Work(lab, siteId, _ => { });
        var context = await NewContextAsync(lab, siteId);

        var report = await Renderer(new DetailOptions()).RenderAsync(context, siteId, work, 2, Timeout, null, CancellationToken.None);
        await context.CloseAsync();

        Assert.Null(report.StoppedReason);
        Assert.Equal(6, report.Results.Count);
        foreach (var result in report.Results)
        {
            Assert.True(result.Page is not null, result.Error);
            var expected = truth[result.PostingKey];
            var text = Normalise(result.Page.Text);
            Assert.Contains(Normalise(expected.Title), text, StringComparison.Ordinal);
            if (expected.Description is { Length: > 0 } description) Assert.Contains(Normalise(description), text, StringComparison.Ordinal);
            // The main content, not the whole page (the fallback): an element inside the body, without the page's scripts.
            Assert.False(result.Page.ContentHtml.StartsWith("<body", StringComparison.OrdinalIgnoreCase), result.Page.ContentHtml[..80]);
            Assert.DoesNotContain("<script", result.Page.ContentHtml, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task RenderAsync_DetailAnswersHttp500_FailsInSecondsNamingTheAnswerAndThePage()
    {
        const string site = "minimax-social";
        await using var lab = await LabHost.StartAsync(Options(site, 7, 3));
        var (work, _) = Work(lab, site, _ => { });
        var context = await NewContextAsync(lab, site);
        await context.RouteAsync("**/api/v1/job/posts/**", route => route.FulfillAsync(new RouteFulfillOptions { Status = 500, Body = "{}" }));
        var clock = Stopwatch.StartNew();

        var report = await Renderer(new DetailOptions()).RenderAsync(context, site, work, 1, Timeout, null, CancellationToken.None);
        await context.CloseAsync();

        // Each refused detail gets one fresh load (as a person would), and neither attempt waits out the 30 s timeout.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(25), $"three failing details took {clock.Elapsed}");
        Assert.All(report.Results, r =>
        {
            Assert.Null(r.Page);
            Assert.Contains("GET …/api/v1/job/posts/", r.Error, StringComparison.Ordinal);
            Assert.Contains("answered HTTP 500", r.Error, StringComparison.Ordinal);
            Assert.Contains("; reloaded: detail answer", r.Error, StringComparison.Ordinal);
            Assert.Contains(work.Single(w => w.Key == r.PostingKey).Target.Url.ToString(), r.Error, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task RenderAsync_FirstAnswerRejectedAndThePageRetries_RendersEveryDetail()
    {
        // The real ATSX app fetches a new CSRF token after a 405 and calls again; two pages sharing one cookie jar
        // make that happen on their own. The first error answer is not the page's verdict.
        const string site = "minimax-social";
        await using var lab = await LabHost.StartAsync(Options(site, 7, 4));
        var (work, truth) = Work(lab, site, _ => { });
        var context = await NewContextAsync(lab, site);
        var rejected = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>();
        await context.RouteAsync("**/api/v1/job/posts/**", route => rejected.TryAdd(new Uri(route.Request.Url).AbsolutePath, true)
            ? route.FulfillAsync(new RouteFulfillOptions { Status = 405, Body = "" })
            : route.ContinueAsync());

        var report = await Renderer(new DetailOptions()).RenderAsync(context, site, work, 2, Timeout, null, CancellationToken.None);
        await context.CloseAsync();

        Assert.Equal(4, rejected.Count);
        Assert.All(report.Results, r =>
        {
            Assert.True(r.Page is not null, r.Error);
            Assert.Contains(Normalise(truth[r.PostingKey].Title), Normalise(r.Page.Text), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task RenderAsync_AnswerWithBusinessError_FailsAtOnceNamingTheCode()
    {
        const string site = "alibaba-tongyi";
        await using var lab = await LabHost.StartAsync(Options(site, 7, 2));
        var (work, _) = Work(lab, site, _ => { });
        var context = await NewContextAsync(lab, site);
        await context.RouteAsync("**/position/detail**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200, ContentType = "application/json", Body = """{"success":false,"errorCode":"POSITION_NOT_FOUND"}""",
        }));

        var report = await Renderer(new DetailOptions()).RenderAsync(context, site, work, 1, Timeout, null, CancellationToken.None);
        await context.CloseAsync();

        Assert.All(report.Results, r => Assert.Contains("success:false (errorCode POSITION_NOT_FOUND)", r.Error, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RenderAsync_TitleNeverShown_FailsSoonAfterTheAnswerNamingTheTitleAndThePage()
    {
        const string site = "minimax-social";
        await using var lab = await LabHost.StartAsync(Options(site, 7, 1));
        var (work, truth) = Work(lab, site, _ => { });
        var context = await NewContextAsync(lab, site);
        await context.RouteAsync("**/api/v1/job/posts/**", async route =>
        {
            var response = await route.FetchAsync();
            var body = JsonNode.Parse(await response.TextAsync())!;
            body["data"]!["job_post_detail"]!["title"] = "完全不同的职位";
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = body.ToJsonString() });
        });
        var clock = Stopwatch.StartNew();

        var report = await Renderer(new DetailOptions { ReadyAfterAnswer = TimeSpan.FromSeconds(1) })
            .RenderAsync(context, site, work, 1, Timeout, null, CancellationToken.None);
        await context.CloseAsync();

        var error = Assert.Single(report.Results).Error;
        Assert.Contains($"title \"{truth.Values.Single().Title}\" to be visible", error, StringComparison.Ordinal);
        Assert.Contains(work[0].Target.Url.ToString(), error, StringComparison.Ordinal);
        Assert.Contains("settings.detailReadySelector", error, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task RenderAsync_EveryDetailFails_StopsAfterTheBudgetAndLeavesTheRestUntriedWithTheReason()
    {
        const string site = "minimax-social";
        await using var lab = await LabHost.StartAsync(Options(site, 7, 14));
        var (work, _) = Work(lab, site, _ => { });
        var context = await NewContextAsync(lab, site);
        await context.RouteAsync("**/api/v1/job/posts/**", route => route.FulfillAsync(new RouteFulfillOptions { Status = 503, Body = "{}" }));

        var report = await Renderer(new DetailOptions { MaxConsecutiveFailures = 3 }).RenderAsync(context, site, work, 2, Timeout, null, CancellationToken.None);
        await context.CloseAsync();

        Assert.Contains("stopped after 3 failures in a row", report.StoppedReason, StringComparison.Ordinal);
        Assert.Equal(14, report.Results.Count);
        var tried = report.Results.Count(r => r.Attempted);
        Assert.InRange(tried, 3, 4);
        Assert.All(report.Results.Where(r => !r.Attempted), r => Assert.StartsWith("not rendered: detail rendering stopped", r.Error, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RenderAsync_ConfiguredReadySelectorMissing_NamesTheSelectorAndItsSetting()
    {
        const string site = "deepseek";
        await using var lab = await LabHost.StartAsync(Options(site, 7, 1));
        var (work, _) = Work(lab, site, s => s["detailReadySelector"] = ".no-such-detail[data-id=\"{id}\"]");
        var context = await NewContextAsync(lab, site);

        var report = await Renderer(new DetailOptions { ReadyAfterAnswer = TimeSpan.FromMilliseconds(500) })
            .RenderAsync(context, site, work, 1, Timeout, null, CancellationToken.None);
        await context.CloseAsync();

        var error = Assert.Single(report.Results).Error;
        Assert.Contains($"ready selector .no-such-detail[data-id=\"{work[0].Target.Url.Fragment.Split('/')[^1]}\"]", error, StringComparison.Ordinal);
        Assert.Contains("settings.detailReadySelector", error, StringComparison.Ordinal);
        Assert.Contains(work[0].Target.Url.ToString(), error, StringComparison.Ordinal);
    }

    private static LabOptions Options(string site, int seed, int size) => new()
    {
        Seed = seed, SiteSizes = new Dictionary<string, int> { [site] = size }, OnlySites = [site],
    };

    private Task<IBrowserContext> NewContextAsync(LabHost lab, string site) =>
        fixture.Browser.NewContextAsync(new HostAllowList([lab.Site(site).EntryUrl.Host]), CancellationToken.None);

    private static DetailRenderer Renderer(DetailOptions options) => new(
        new ErrorSnapshotWriter(new TempDirectory().Path, TimeProvider.System, NullLogger<ErrorSnapshotWriter>.Instance),
        Microsoft.Extensions.Options.Options.Create(options), NullLogger<DetailRenderer>.Instance);

    /// <summary>The detail targets the site's built-in adapter asks for, with the source's settings as adjusted.</summary>
    private static (List<(string Key, DetailTarget Target)> Work, Dictionary<string, LabPosting> Truth) Work(
        LabHost lab, string siteId, Action<Dictionary<string, string>> settings)
    {
        var configured = new Dictionary<string, string>();
        settings(configured);
        var source = LabSourceDefinitions.For(lab, siteId) with { Settings = configured };
        IPortalAdapter adapter = source.Platform switch
        {
            "atsx" => new AtsxAdapter(null!, null!, NullLogger<AtsxAdapter>.Instance),
            "moka" => new MokaAdapter(null!, null!, NullLogger<MokaAdapter>.Instance),
            _ => new AlibabaAdapter(null!, null!, NullLogger<AlibabaAdapter>.Instance),
        };
        var truth = lab.Site(siteId).GroundTruth().ToDictionary(p => siteId + ":" + p.Id);
        var work = truth.Select(t => (t.Key, adapter.GetDetailTarget(source, new ObservedPosting { PortalId = t.Value.Id, Title = t.Value.Title, RawJson = "{}" }))).ToList();
        return (work, truth);
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
