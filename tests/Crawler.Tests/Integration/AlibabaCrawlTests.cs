using Crawler.Crawling;
using Crawler.Lab;
using Crawler.Storage;
using Crawler.Tests.Support;

namespace Crawler.Tests.Integration;

/// <summary>Real Chromium against the lab's Alibaba BU sites: the page holds the session, we fetch from inside it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AlibabaCrawlTests(BrowserFixture fixture)
{
    private static readonly Dictionary<string, string?> NoSnapshots = new() { ["Crawler:Snapshots"] = "false" };

    private static LabOptions Small(params (string Site, int Size)[] sizes) => new()
    {
        Seed = 11,
        SiteSizes = sizes.ToDictionary(s => s.Site, s => s.Size),
        OnlySites = [.. sizes.Select(s => s.Site)],
    };

    private static Func<SourceDefinition, SourceDefinition> Settings(params (string Key, string Value)[] settings) =>
        s => s with { Settings = settings.ToDictionary(p => p.Key, p => p.Value) };

    [Fact]
    public async Task Crawl_FreshSource_FindsExactlyTheGroundTruthWithItsFields()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small(("alibaba-tongyi", 45)), NoSnapshots);
        var source = harness.Source("alibaba-tongyi", Settings(("pageSize", "20")));

        var outcome = await harness.CrawlAsync(source);

        Assert.Equal(RunStatus.Complete, outcome.Run.Status);
        Assert.Equal(3, outcome.Run.Pages); // 20 + 20 + 5: a short page that reaches the total ends the listing
        var truth = harness.Lab.Site("alibaba-tongyi").GroundTruth();
        foreach (var (expected, actual) in await harness.AssertMatchesGroundTruthAsync(source.Id))
        {
            Assert.Equal(expected.Requirement, actual.Requirement);
            Assert.Equal(RecruitTrack.Experienced, actual.Track);
            Assert.Equal(expected.PublishedAt.ToUnixTimeMilliseconds(), actual.PublishedAt?.ToUnixTimeMilliseconds());
            Assert.DoesNotContain("track_id", actual.Url, StringComparison.Ordinal);
            Assert.EndsWith("/off-campus/position-detail?positionId=" + expected.Id, actual.Url, StringComparison.Ordinal);
        }

        Assert.Contains(truth, t => t.Title.StartsWith("Token Foundry-", StringComparison.Ordinal) && t.Title.Contains("Qwen", StringComparison.Ordinal));
        Assert.Equal(45, outcome.Run.Evidence!.ReportedTotal);
        Assert.Equal(45, outcome.Run.Evidence.UniqueIds);
    }

    [Fact]
    public async Task Crawl_FreshSource_KeepsOneRenderedDetailSnapshotPerPosting()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small(("alibaba-quark", 12)));
        var source = harness.Source("alibaba-quark");

        var outcome = await harness.CrawlAsync(source);

        Assert.Equal(RunStatus.Complete, outcome.Run.Status);
        Assert.Equal(12, outcome.Run.Snapshots);
        await harness.AssertSnapshotsShowTheirPostingsAsync(source.Id);
    }

    [Fact]
    public async Task Crawl_SourceAboveTheResultCap_IsCompleteThroughSubCategoryShards()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small(("alibaba-aliyun", 677)), NoSnapshots);
        var source = harness.Source("alibaba-aliyun");

        var outcome = await harness.CrawlAsync(source);

        Assert.Equal(RunStatus.Complete, outcome.Run.Status);
        Assert.Equal(677, outcome.Run.Seen);
        var evidence = outcome.Run.Evidence!;
        Assert.Equal(677, evidence.ReportedTotal);
        Assert.Equal(677, evidence.UniqueIds);
        Assert.False(evidence.CapHit);
        Assert.True(evidence.Partitions > 1);
        Assert.Contains(evidence.Notes, n => n.Contains("above the 500 cap", StringComparison.Ordinal));
        Assert.Equal(harness.Lab.Site(source.Id).GroundTruth().Select(p => p.Id).Order(),
            (await harness.ActivePostingsAsync(source.Id)).Values.Select(p => p.Posting.PortalId).Order());
    }

    [Fact]
    public async Task Crawl_SourceAboveTheResultCapWithoutShards_IsPartialWithCapHit()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small(("alibaba-aliyun", 120)), NoSnapshots);
        // A cap below every sub-category and region still leaves shards over it: never complete, never "gone".
        var source = harness.Source("alibaba-aliyun", Settings(("resultCap", "2")));

        var outcome = await harness.CrawlAsync(source);

        Assert.Equal(RunStatus.Partial, outcome.Run.Status);
        Assert.True(outcome.Run.Evidence!.CapHit);
        Assert.Equal(120, outcome.Run.Evidence.ReportedTotal);
    }

    [Fact]
    public async Task Crawl_CampusSite_ListsEveryBatchWithItsTrack()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small(("alibaba-campus", 60)), NoSnapshots);
        var source = harness.Source("alibaba-campus", Settings(("pageSize", "10")));

        var outcome = await harness.CrawlAsync(source);

        Assert.Equal(RunStatus.Complete, outcome.Run.Status);
        Assert.Equal(5, outcome.Run.Evidence!.Partitions);
        var truth = harness.Lab.Site(source.Id).GroundTruth();
        var stored = await harness.ActivePostingsAsync(source.Id);
        Assert.Equal(truth.Count, stored.Count);
        foreach (var expected in truth)
        {
            var actual = stored["alibaba-campus:" + expected.Id].Posting;
            Assert.Equal(expected.Track, actual.Track.ToString().ToLowerInvariant());
            Assert.Equal(expected.RecruitTypeName, actual.RecruitType);
        }

        Assert.Contains(stored.Values, p => p.Posting.Track == RecruitTrack.Intern);
        Assert.Contains(stored.Values, p => p.Posting.Track == RecruitTrack.Campus);
    }

    [Fact]
    public async Task Crawl_CampusWithBatchesSetting_ListsOnlyThoseBatches()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small(("alibaba-campus", 60)), NoSnapshots);
        var source = harness.Source("alibaba-campus", Settings(("batches", "100000540002")));

        var outcome = await harness.CrawlAsync(source);

        var expected = harness.Lab.Site(source.Id).GroundTruth().Where(p => p.RecruitTypeName == "2027届实习生").Select(p => p.Id).Order();
        Assert.Equal(RunStatus.Complete, outcome.Run.Status);
        Assert.Equal(expected, (await harness.ActivePostingsAsync(source.Id)).Values.Select(p => p.Posting.PortalId).Order());
    }

    [Fact]
    public async Task Crawl_AfterLabMutation_EventsMatchTheMutationExactly()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small(("alibaba-dingtalk", 40)));
        var source = harness.Source("alibaba-dingtalk");
        await harness.CrawlAsync(source);
        var mutation = harness.Lab.Site(source.Id).Mutate(add: 3, remove: 2, edit: 4);

        var second = await harness.CrawlAsync(source);
        var third = await harness.CrawlAsync(source);

        static string Key(string id) => "alibaba-dingtalk:" + id;
        Assert.Equal(mutation.Added.Select(Key).Order(), second.Events.Where(e => e.Kind == ChangeKind.Appeared).Select(e => e.PostingKey).Order());
        Assert.Equal(mutation.Edited.Select(Key).Order(), second.Events.Where(e => e.Kind == ChangeKind.Changed).Select(e => e.PostingKey).Order());
        Assert.DoesNotContain(second.Events, e => e.Kind == ChangeKind.Disappeared);
        Assert.Equal(mutation.Removed.Select(Key).Order(), third.Events.Where(e => e.Kind == ChangeKind.Disappeared).Select(e => e.PostingKey).Order());
        Assert.Equal(mutation.Removed.Count, third.Events.Count);
        Assert.Equal(mutation.Added.Count + mutation.Edited.Count, second.Run.Snapshots);
        Assert.Equal(0, third.Run.Snapshots);
    }

    [Fact]
    public async Task Crawl_Unchanged_TrackIdChurnGivesNoEventsAndNoSnapshots()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small(("alibaba-holding", 25)));
        var source = harness.Source("alibaba-holding");
        await harness.CrawlAsync(source);
        var rawBefore = (await harness.ActivePostingsAsync(source.Id)).Values.Select(p => p.Posting.RawJson).ToHashSet();

        var again = await harness.CrawlAsync(source);

        Assert.Equal(RunStatus.Complete, again.Run.Status);
        Assert.Empty(again.Events);
        Assert.Equal(0, again.Run.Snapshots);
        // The payload did change (a new track_id in every record); only volatile fields did.
        var rawAfter = (await harness.ActivePostingsAsync(source.Id)).Values.Select(p => p.Posting.RawJson);
        Assert.DoesNotContain(rawAfter, rawBefore.Contains);
    }

    [Fact]
    public async Task Crawl_PortalAnswers403_FailsNamingTheStatus()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small(("alibaba-quark", 20)),
            new Dictionary<string, string?> { ["Crawler:Snapshots"] = "false", ["Crawler:Resilience:MaxRetries"] = "1" });
        var source = harness.Source("alibaba-quark");
        harness.Lab.Site(source.Id).Faults = FaultPlan.None with { ForbiddenRate = 1.0 };

        var outcome = await harness.CrawlAsync(source);

        Assert.Equal(RunStatus.Failed, outcome.Run.Status);
        Assert.Contains(outcome.Run.Errors, e => e.Contains("HTTP 403", StringComparison.Ordinal));
        Assert.Empty(outcome.Events);
    }

    [Fact]
    public async Task Crawl_PortalAnswersSuccessFalse_FailsNamingTheErrorCode()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small(("alibaba-quark", 20)),
            new Dictionary<string, string?> { ["Crawler:Snapshots"] = "false", ["Crawler:Resilience:MaxRetries"] = "0" });
        var source = harness.Source("alibaba-quark", Settings(("channel", "no_such_channel")));

        var outcome = await harness.CrawlAsync(source);

        Assert.Equal(RunStatus.Failed, outcome.Run.Status);
        Assert.Contains(outcome.Run.Errors, e => e.Contains("success:false", StringComparison.Ordinal) && e.Contains("CHANNEL_NOT_EXIST", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Crawl_SessionTokenExpires_ReopensThePageAndCompletes()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small(("alibaba-tongyi", 35)), NoSnapshots);
        var source = harness.Source("alibaba-tongyi", Settings(("pageSize", "10")));
        var site = harness.Lab.Site(source.Id);
        site.Faults = FaultPlan.None with { TokenExpiresAfterUses = 2 };

        var outcome = await harness.CrawlAsync(source);

        Assert.Equal(RunStatus.Complete, outcome.Run.Status);
        Assert.Equal(35, outcome.Run.Seen);
        Assert.True(site.Stats.FaultsInjected.GetValueOrDefault("token-expired") > 0);
    }

    [Fact]
    public async Task Crawl_UnrecoveredFaults_RecordsPartialRunAndNoDisappearances()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small(("alibaba-tongyi", 60)),
            new Dictionary<string, string?> { ["Crawler:Snapshots"] = "false", ["Crawler:Resilience:MaxRetries"] = "1" });
        var source = harness.Source("alibaba-tongyi", Settings(("pageSize", "10")));
        await harness.CrawlAsync(source);
        var site = harness.Lab.Site(source.Id);
        site.Mutate(add: 0, remove: 1, edit: 0);
        site.Faults = FaultPlan.None with { Seed = 3, ServerErrorRate = 0.6 };

        var faulty = await harness.CrawlAsync(source);
        var faultyAgain = await harness.CrawlAsync(source);

        Assert.NotEqual(RunStatus.Complete, faulty.Run.Status);
        Assert.NotEqual(RunStatus.Complete, faultyAgain.Run.Status);
        Assert.DoesNotContain(faulty.Events.Concat(faultyAgain.Events), e => e.Kind == ChangeKind.Disappeared);
        Assert.Equal(60, (await harness.ActivePostingsAsync(source.Id)).Count);
    }
}
