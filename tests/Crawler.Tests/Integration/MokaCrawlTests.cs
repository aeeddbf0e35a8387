using Crawler.Lab;
using Crawler.Storage;
using Crawler.Tests.Support;

namespace Crawler.Tests.Integration;

/// <summary>Real Chromium against the lab's Moka host: the page serves init-data, we page jobs/v2 from inside it and decrypt.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MokaCrawlTests(BrowserFixture fixture)
{
    private static readonly Dictionary<string, string> Fast = new() { ["pageDelay"] = "00:00:00.010" };

    private static LabOptions Small(params (string Site, int Size)[] sizes) => new()
    {
        Seed = 11,
        SiteSizes = sizes.ToDictionary(s => s.Site, s => s.Size),
        OnlySites = [.. sizes.Select(s => s.Site)],
    };

    private static Dictionary<string, string?> NoSnapshots() => new() { ["Crawler:Snapshots"] = "false" };

    [Fact]
    public async Task Crawl_CampusSiteAboveOnePage_FindsExactlyTheGroundTruthWithEveryField()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small(("moonshot-campus", 93)), NoSnapshots());
        var source = harness.Source("moonshot-campus", s => s with { Settings = Fast });

        var outcome = await harness.CrawlAsync(source);

        Assert.Equal(RunStatus.Complete, outcome.Run.Status);
        Assert.Equal(2, outcome.Run.Pages); // 50 + 43: limit 50 by offset
        Assert.Equal(93, outcome.Run.Evidence!.ReportedTotal);
        Assert.Equal(93, outcome.Run.Evidence.UniqueIds);
        var stored = await harness.ActivePostingsAsync(source.Id);
        foreach (var (expected, actual) in await harness.AssertMatchesGroundTruthAsync(source.Id))
        {
            Assert.Null(actual.Requirement);
            Assert.Equal(expected.Track, actual.Track.ToString().ToLowerInvariant());
            Assert.Equal(expected.RecruitTypeName, actual.RecruitType);
            Assert.Equal(expected.PortalStatus, actual.PortalStatus);
            Assert.Equal(expected.PublishedAt, actual.PublishedAt);
        }

        Assert.Equal(11, stored.Values.Count(p => p.Posting.PortalStatus == "pause"));
        Assert.Contains(stored.Values, p => p.Posting.Track == Crawler.Crawling.RecruitTrack.Intern);
        Assert.Contains(stored.Values, p => p.Posting.Track == Crawler.Crawling.RecruitTrack.Campus);
    }

    [Fact]
    public async Task Crawl_DeepSeekLikeTenant_TakesPublishedAtAndCommitmentFromTheDetailCall()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small(("deepseek", 37)), NoSnapshots());
        var source = harness.Source("deepseek", s => s with { Settings = Fast });

        var outcome = await harness.CrawlAsync(source);

        Assert.Equal(RunStatus.Complete, outcome.Run.Status);
        var site = harness.Lab.Site(source.Id);
        Assert.Equal(37, site.Stats.DetailCalls);
        var stored = await harness.ActivePostingsAsync(source.Id);
        foreach (var expected in site.GroundTruth())
        {
            var actual = stored[source.Id + ":" + expected.Id].Posting;
            Assert.Equal(expected.PublishedAt, actual.PublishedAt);
            Assert.Equal(expected.RecruitTypeName, actual.RecruitType);
            Assert.Equal(Crawler.Crawling.RecruitTrack.Experienced, actual.Track);
        }
    }

    [Fact]
    public async Task Crawl_SiteWithCompleteListRows_MakesNoDetailCalls()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small(("zhipu-social", 135)), NoSnapshots());
        var source = harness.Source("zhipu-social", s => s with { Settings = Fast });

        var outcome = await harness.CrawlAsync(source);

        Assert.Equal(RunStatus.Complete, outcome.Run.Status);
        Assert.Equal(3, outcome.Run.Pages);
        Assert.Equal(135, outcome.Run.Seen);
        Assert.Equal(0, harness.Lab.Site(source.Id).Stats.DetailCalls);
    }

    [Fact]
    public async Task Crawl_AfterLabMutation_EventsMatchTheMutationIncludingPauses()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small(("moonshot-social", 60)), NoSnapshots());
        var source = harness.Source("moonshot-social", s => s with { Settings = Fast });
        await harness.CrawlAsync(source);
        var site = harness.Lab.Site(source.Id);
        var before = site.GroundTruth().ToDictionary(p => p.Id);
        var mutation = site.Mutate(add: 3, remove: 2, edit: 8);
        var paused = mutation.Edited.Where(id => site.GroundTruth().Single(p => p.Id == id).PortalStatus != before[id].PortalStatus).ToList();

        var second = await harness.CrawlAsync(source);
        var third = await harness.CrawlAsync(source);

        static string Key(string id) => "moonshot-social:" + id;
        Assert.Equal(mutation.Added.Select(Key).Order(), second.Events.Where(e => e.Kind == ChangeKind.Appeared).Select(e => e.PostingKey).Order());
        Assert.Equal(mutation.Edited.Select(Key).Order(), second.Events.Where(e => e.Kind == ChangeKind.Changed).Select(e => e.PostingKey).Order());
        Assert.NotEmpty(paused);
        Assert.All(paused, id => Assert.Contains("portalStatus", second.Events.Single(e => e.PostingKey == Key(id)).ChangedFields));
        Assert.DoesNotContain(second.Events, e => e.Kind == ChangeKind.Disappeared);
        Assert.Equal(mutation.Removed.Select(Key).Order(), third.Events.Where(e => e.Kind == ChangeKind.Disappeared).Select(e => e.PostingKey).Order());
        Assert.Equal(mutation.Removed.Count, third.Events.Count);
    }

    [Fact]
    public async Task Crawl_UndecryptableAnswers_FailsTheRunNamingTheCauseAndKeepsThePostings()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small(("zhipu-campus", 23)),
            new Dictionary<string, string?> { ["Crawler:Snapshots"] = "false", ["Crawler:Resilience:MaxRetries"] = "1" });
        var source = harness.Source("zhipu-campus", s => s with { Settings = Fast });
        await harness.CrawlAsync(source);
        harness.Lab.Site(source.Id).Faults = FaultPlan.None with { CorruptRate = 1.0 };

        var outcome = await harness.CrawlAsync(source);

        Assert.Equal(RunStatus.Failed, outcome.Run.Status);
        Assert.Contains(outcome.Run.Errors, e => e.Contains("undecryptable", StringComparison.Ordinal));
        Assert.Empty(outcome.Events);
        Assert.Equal(23, (await harness.ActivePostingsAsync(source.Id)).Count);
    }

    [Fact]
    public async Task Crawl_TruncatedSecondPage_IsPartialWithNoDisappearances()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small(("moonshot-social", 70)),
            new Dictionary<string, string?> { ["Crawler:Snapshots"] = "false", ["Crawler:Resilience:MaxRetries"] = "0" });
        var source = harness.Source("moonshot-social", s => s with { Settings = new Dictionary<string, string> { ["pageDelay"] = "00:00:00.010", ["pageSize"] = "20" } });
        await harness.CrawlAsync(source);
        var site = harness.Lab.Site(source.Id);
        site.Mutate(add: 0, remove: 1, edit: 0);
        site.Faults = FaultPlan.None with { Seed = 5, TruncateRate = 0.5 };

        var outcome = await harness.CrawlAsync(source);
        var again = await harness.CrawlAsync(source);

        Assert.All(new[] { outcome, again }, o => Assert.NotEqual(RunStatus.Complete, o.Run.Status));
        Assert.Contains(outcome.Run.Errors.Concat(again.Run.Errors), e => e.Contains("malformed JSON", StringComparison.Ordinal));
        Assert.DoesNotContain(outcome.Events.Concat(again.Events), e => e.Kind == ChangeKind.Disappeared);
    }

    [Fact]
    public async Task Crawl_FreshSource_RendersEachSnapshotThroughTheHashRoute()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small(("zhipu-campus", 10)));
        var source = harness.Source("zhipu-campus", s => s with { Settings = Fast });

        var outcome = await harness.CrawlAsync(source);

        Assert.Equal(RunStatus.Complete, outcome.Run.Status);
        Assert.Equal(10, outcome.Run.Snapshots);
        foreach (var posting in (await harness.ActivePostingsAsync(source.Id)).Values)
        {
            Assert.Contains("#/job/" + posting.Posting.PortalId, posting.Posting.Url, StringComparison.Ordinal);
        }

        await harness.AssertSnapshotsShowTheirPostingsAsync(source.Id);

        // One document for the listing and one per detail worker: every other detail is a hash change, not a reload.
        Assert.InRange(harness.Lab.Site(source.Id).Stats.PageLoads, 2, 1 + BrowserFixture.TestBrowserOptions().DetailParallelism);
    }
}
