using Crawler.Lab;
using Crawler.Model;
using Crawler.Tests.Support;

namespace Crawler.Tests.Integration;

/// <summary>Real Chromium against the lab's ATSX sites: the page signs, we read what it fetches.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AtsxCrawlTests(BrowserFixture fixture)
{
    private static LabOptions Small(params (string Site, int Size)[] sizes) => new()
    {
        Seed = 7,
        SiteSizes = sizes.ToDictionary(s => s.Site, s => s.Size),
        OnlySites = [.. sizes.Select(s => s.Site)],
    };

    [Fact]
    public async Task Crawl_FreshSource_FindsExactlyTheGroundTruthWithItsFields()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small(("bytedance-campus", 45)));
        var source = harness.Source("bytedance-campus", s => s with { Settings = new Dictionary<string, string> { ["pageSize"] = "20" } });

        var outcome = await harness.CrawlAsync(source);

        Assert.Equal(RunStatus.Complete, outcome.Run.Status);
        Assert.Equal(3, outcome.Run.Pages);
        foreach (var (expected, actual) in await harness.AssertMatchesGroundTruthAsync(source.Id))
        {
            Assert.Equal(expected.Requirement, actual.Requirement);
            Assert.Equal(expected.Track, actual.Track.ToString().ToLowerInvariant());
            Assert.Equal(expected.PublishedAt.ToUnixTimeMilliseconds(), actual.PublishedAt?.ToUnixTimeMilliseconds());
        }

        Assert.Equal(45, outcome.Events.Count(e => e.Kind == ChangeKind.Appeared));
        Assert.Equal(45, outcome.Run.Evidence!.UniqueIds);
        Assert.Equal(45, outcome.Run.Evidence.ReportedTotal);
    }

    [Fact]
    public async Task Crawl_FreshSource_KeepsOneRenderedSnapshotPerPosting()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small(("minimax-social", 12)));
        var source = harness.Source("minimax-social");

        var outcome = await harness.CrawlAsync(source);

        Assert.Equal(RunStatus.Complete, outcome.Run.Status);
        Assert.Equal(12, outcome.Run.Snapshots);
        await harness.AssertOneSnapshotPerPostingAsync(source.Id);
    }

    [Fact]
    public async Task Crawl_AfterLabMutation_EventsMatchTheMutationExactly()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small(("bytedance-experienced", 40)));
        var source = harness.Source("bytedance-experienced");
        await harness.CrawlAsync(source);
        var mutation = harness.Lab.Site(source.Id).Mutate(add: 3, remove: 2, edit: 4);

        var second = await harness.CrawlAsync(source);
        var third = await harness.CrawlAsync(source);

        static string Key(string id) => "bytedance-experienced:" + id;
        Assert.Equal(mutation.Added.Select(Key).Order(), second.Events.Where(e => e.Kind == ChangeKind.Appeared).Select(e => e.PostingKey).Order());
        Assert.Equal(mutation.Edited.Select(Key).Order(), second.Events.Where(e => e.Kind == ChangeKind.Changed).Select(e => e.PostingKey).Order());
        Assert.DoesNotContain(second.Events, e => e.Kind == ChangeKind.Disappeared);
        Assert.Equal(mutation.Removed.Select(Key).Order(), third.Events.Where(e => e.Kind == ChangeKind.Disappeared).Select(e => e.PostingKey).Order());
        Assert.Equal(mutation.Removed.Count, third.Events.Count);
        // Re-crawls render only what changed: new and edited postings.
        Assert.Equal(mutation.Added.Count + mutation.Edited.Count, second.Run.Snapshots);
        Assert.Equal(0, third.Run.Snapshots);
        // Each edit is a second version holding the snapshot its own run rendered, and its event says what changed.
        var postings = await harness.Store.GetPostingsAsync(source.Id, CancellationToken.None);
        foreach (var key in mutation.Edited.Select(Key))
        {
            var versions = await harness.Store.ListPostingVersionsAsync(key, CancellationToken.None);
            Assert.Equal([1, 2], versions.Select(v => v.Version));
            Assert.Equal(versions[1].ValidFrom, versions[0].ValidTo);
            Assert.NotNull(versions[1].SnapshotId);
            Assert.Equal(postings[key].SnapshotId, versions[1].SnapshotId);
            Assert.NotEqual(versions[0].SnapshotId, versions[1].SnapshotId);
            Assert.NotEmpty(second.Events.Single(e => e.PostingKey == key).Changes);
        }
    }

    [Fact]
    public async Task Crawl_UnrecoveredFaults_RecordsPartialRunAndNoDisappearances()
    {
        await using var harness = await LabCrawlHarness.StartAsync(
            fixture.Browser, Small(("bytedance-campus", 60)),
            new Dictionary<string, string?> { ["Crawler:Resilience:MaxRetries"] = "1", ["Crawler:Snapshots"] = "false" });
        var source = harness.Source("bytedance-campus", s => s with { Settings = new Dictionary<string, string> { ["pageSize"] = "10" } });
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

    [Fact]
    public async Task Crawl_SignatureRequiredTenant_IsCrawledThroughThePagesOwnSignature()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small(("minimax-campus", 25)),
            new Dictionary<string, string?> { ["Crawler:Snapshots"] = "false" });
        var outcome = await harness.CrawlAsync(harness.Source("minimax-campus"));
        Assert.Equal(RunStatus.Complete, outcome.Run.Status);
        Assert.Equal(25, outcome.Run.Seen);
    }

    [Fact]
    public async Task Crawl_SourceAboveTheTenThousandWindow_IsCompleteThroughCategoryPartitions()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small(("bytedance-experienced", 10_450)),
            new Dictionary<string, string?> { ["Crawler:Snapshots"] = "false" });
        var source = harness.Source("bytedance-experienced", s => s with { Settings = new Dictionary<string, string> { ["pageSize"] = "200" } });

        var outcome = await harness.CrawlAsync(source);

        Assert.Equal(RunStatus.Complete, outcome.Run.Status);
        Assert.Equal(10_450, outcome.Run.Seen);
        Assert.True(outcome.Run.Evidence!.Partitions > 1);
        Assert.Equal(10_450, outcome.Run.Evidence.ReportedTotal);
        Assert.Equal(harness.Lab.Site(source.Id).GroundTruth().Select(p => p.Id).Order(),
            (await harness.ActivePostingsAsync(source.Id)).Values.Select(p => p.Posting.PortalId).Order());
    }
}
