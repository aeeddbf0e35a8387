using Crawler.Lab;
using Crawler.Model;
using Crawler.Storage;
using Crawler.Tests.Support;
using Xunit.Abstractions;

namespace Crawler.Tests.Integration;

/// <summary>
/// Real Chromium against the Nimbus job board: an independent-style SPA (CSRF cookie, POST search, click-only
/// "下一页" pager, hash-routed details, an error view "加载失败" + "重试" and no retry of its own).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NimbusBoardCrawlTests(BrowserFixture fixture, ITestOutputHelper output)
{
    /// <summary>The faults of the issue: 5% HTTP 500, 2% 429, 1% truncated answers, on list and detail calls alike.</summary>
    private static readonly FaultPlan IssueFaults = new() { Seed = 5, ServerErrorRate = 0.05, TooManyRequestsRate = 0.02, TruncateRate = 0.01 };

    [Fact]
    public async Task Crawl_BoardClickedWithFaults_RecoversThroughTheRetryControlAndEndsComplete()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, LabSourceDefinitions.Small(("nimbus-board", 120)));
        var site = harness.Lab.Site("nimbus-board");
        site.Faults = IssueFaults;
        var source = harness.Source("nimbus-board", s => s with { Settings = new Dictionary<string, string>(s.Settings) { ["next.replay"] = "off" } });

        var outcome = await harness.CrawlAsync(source);

        output.WriteLine($"{outcome.Run.Status} {outcome.Run.Seen}/120 in {outcome.Duration.TotalSeconds:0.0}s; faults {string.Join(", ", site.Stats.FaultsInjected)}; notes: {string.Join(" | ", outcome.Run.Evidence?.Notes ?? [])}; errors: {string.Join(" | ", outcome.Run.Errors)}");
        Assert.True(site.Stats.FaultsInjected.Values.Sum() > 0);
        Assert.Equal(RunStatus.Complete, outcome.Run.Status);
        Assert.Contains(outcome.Run.Evidence!.Notes, n => n.Contains("by the page's retry control", StringComparison.Ordinal));
        // Detail calls fail too: the detail's error view is met with its retry control, then a reload, so every
        // posting still gets its snapshot (a faulted detail used to wait out the 30 s timeout, twice).
        Assert.Equal(120, outcome.Run.Snapshots);
        foreach (var (expected, actual) in await harness.AssertMatchesGroundTruthAsync(source.Id))
        {
            Assert.Equal(expected.Requirement, actual.Requirement);
            Assert.Equal(expected.Track, actual.Track.ToString().ToLowerInvariant());
            Assert.EndsWith("/board/#/job/" + expected.Id, actual.Url, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// By default the board's later list pages are fetched by the page's own list call with its page field moved
    /// (learned from the calls behind pages 1 and 2), so faults on those calls are retried as calls, and the
    /// run still ends complete with every snapshot.
    /// </summary>
    [Fact]
    public async Task Crawl_BoardWithFaults_ReplaysThePagesListCallAndEndsComplete()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, LabSourceDefinitions.Small(("nimbus-board", 120)));
        var site = harness.Lab.Site("nimbus-board");
        site.Faults = IssueFaults with { Seed = 11 };
        var source = harness.Source("nimbus-board");

        var outcome = await harness.CrawlAsync(source);

        output.WriteLine($"{outcome.Run.Status} {outcome.Run.Seen}/120 in {outcome.Duration.TotalSeconds:0.0}s; faults {string.Join(", ", site.Stats.FaultsInjected)}; notes: {string.Join(" | ", outcome.Run.Evidence?.Notes ?? [])}; errors: {string.Join(" | ", outcome.Run.Errors)}");
        Assert.True(site.Stats.FaultsInjected.Values.Sum() > 0);
        Assert.Equal(RunStatus.Complete, outcome.Run.Status);
        Assert.Contains(outcome.Run.Evidence!.Notes, n => n.StartsWith("10 list page(s) fetched by replaying the page's own list call (json:$.page", StringComparison.Ordinal));
        Assert.Equal(120, outcome.Run.Snapshots);
        await harness.AssertMatchesGroundTruthAsync(source.Id);
    }

    /// <summary>
    /// A list call that cannot be sent twice is paged by clicking: a one-time signature makes the calls of two pages
    /// differ in more than the page, so no replay is tried; a one-time CSRF token is only found out by the first
    /// replay, which is refused, and the listing goes on clicking from the page the app is on. Nothing is lost.
    /// </summary>
    [Theory]
    [InlineData(ListCallGuard.OneTimeSignature, "list pages clicked, not replayed: the list calls of two pages differ in 2 fields (")]
    [InlineData(ListCallGuard.OneTimeToken, "stopped replaying the list call at page 3 (")]
    public async Task Crawl_BoardWhoseListCallCannotBeSentAgain_ClicksAndEndsComplete(ListCallGuard guard, string note)
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, LabSourceDefinitions.Small(("nimbus-board", 60)));
        var site = harness.Lab.Site("nimbus-board");
        site.ListCalls = guard;
        var source = harness.Source("nimbus-board");

        var outcome = await harness.CrawlAsync(source);

        output.WriteLine($"{outcome.Run.Status} {outcome.Run.Seen}/60 in {outcome.Duration.TotalSeconds:0.0}s; notes: {string.Join(" | ", outcome.Run.Evidence?.Notes ?? [])}; errors: {string.Join(" | ", outcome.Run.Errors)}");
        Assert.Equal(RunStatus.Complete, outcome.Run.Status);
        Assert.Contains(outcome.Run.Evidence!.Notes, n => n.StartsWith(note, StringComparison.Ordinal));
        Assert.DoesNotContain(outcome.Run.Evidence.Notes, n => n.Contains("fetched by replaying", StringComparison.Ordinal));
        Assert.Equal(60, outcome.Run.Snapshots);
        await harness.AssertMatchesGroundTruthAsync(source.Id);
    }

    [Fact]
    public async Task Crawl_CardsByDomWithClickOnlyCards_ReturnsToTheAppsListRouteAndSplitsCities()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, LabSourceDefinitions.Small(("nimbus-cards", 23)));
        var source = harness.Source("nimbus-cards");

        var outcome = await harness.CrawlAsync(source);

        output.WriteLine($"{outcome.Run.Status} {outcome.Run.Seen}/23 in {outcome.Duration.TotalSeconds:0.0}s; notes: {string.Join(" | ", outcome.Run.Evidence?.Notes ?? [])}; errors: {string.Join(" | ", outcome.Run.Errors)}");
        Assert.Equal(RunStatus.Complete, outcome.Run.Status);
        Assert.Equal(23, outcome.Run.Evidence!.ReportedTotal);
        var matched = await harness.AssertMatchesGroundTruthAsync(source.Id);
        Assert.Contains(matched, m => m.Expected.Cities.Count > 1); // "北京 / 上海" in one element became two cities
        foreach (var (expected, actual) in matched)
        {
            Assert.Equal(expected.Requirement, actual.Requirement);
            Assert.EndsWith("/cards/#/job/" + expected.Id, actual.Url, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Crawl_CardsByDomWithFaults_RecoversAndEndsComplete()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, LabSourceDefinitions.Small(("nimbus-cards", 40)));
        var site = harness.Lab.Site("nimbus-cards");
        site.Faults = IssueFaults with { Seed = 9 };
        var source = harness.Source("nimbus-cards");

        var outcome = await harness.CrawlAsync(source);

        output.WriteLine($"{outcome.Run.Status} {outcome.Run.Seen}/40 in {outcome.Duration.TotalSeconds:0.0}s; faults {string.Join(", ", site.Stats.FaultsInjected)}; notes: {string.Join(" | ", outcome.Run.Evidence?.Notes ?? [])}; errors: {string.Join(" | ", outcome.Run.Errors)}");
        Assert.True(site.Stats.FaultsInjected.Values.Sum() > 0);
        Assert.Equal(RunStatus.Complete, outcome.Run.Status);
        await harness.AssertMatchesGroundTruthAsync(source.Id);
    }
}
