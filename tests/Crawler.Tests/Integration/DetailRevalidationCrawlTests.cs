using Crawler.Crawling;
using Crawler.Lab;
using Crawler.Model;
using Crawler.Tests.Support;
using Xunit.Abstractions;

namespace Crawler.Tests.Integration;

/// <summary>
/// Real Chromium against <c>nimbus-details</c>, a job board whose list answer carries no description or
/// requirement: those are read from each posting's detail answer (<c>detail.api.*</c>), and a quarter of the
/// unchanged postings is read again per run (<c>detail.revalidate.share</c> 0.25: every posting within 4 runs).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DetailRevalidationCrawlTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string Site = "nimbus-details";
    private const int Size = 24;
    private const int Bound = 4; // ⌈1 / 0.25⌉ runs

    [Fact]
    public async Task Crawl_DetailOnlyTextEdited_BecomesAChangedEventWithinTheBoundAndANewSnapshot()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, LabSourceDefinitions.Small((Site, Size)));
        var site = harness.Lab.Site(Site);
        var source = harness.Source(Site);

        var first = await harness.CrawlAsync(source);
        Assert.Equal(RunStatus.Complete, first.Run.Status);
        foreach (var (expected, actual) in await harness.AssertMatchesGroundTruthAsync(source.Id)) Assert.Equal(expected.Requirement, actual.Requirement);
        await harness.AssertOneSnapshotPerPostingAsync(source.Id);

        var calls = site.Stats.DetailCalls;
        var quiet = await harness.CrawlAsync(source);
        Assert.Empty(quiet.Events);
        Assert.InRange(site.Stats.DetailCalls - calls, 1, (int)Math.Ceiling(Size * 0.25)); // read again cheaply: a share, no render

        var before = site.GroundTruth().ToDictionary(p => p.Id);
        var mutation = site.Mutate(add: 0, remove: 0, edit: 9);
        var after = site.GroundTruth().ToDictionary(p => p.Id);
        var detailOnly = mutation.Edited.Where(id => before[id].Requirement != after[id].Requirement && before[id].Title == after[id].Title).ToList();
        Assert.NotEmpty(detailOnly); // the seed edits some requirements, which only the detail answer carries

        var changedIn = new Dictionary<string, int>();
        var changedFields = new Dictionary<string, IReadOnlyList<string>>();
        var started = DateTimeOffset.UtcNow;
        for (var run = 1; run <= Bound; run++)
        {
            var outcome = await harness.CrawlAsync(source);
            Assert.Equal(RunStatus.Complete, outcome.Run.Status);
            foreach (var e in outcome.Events)
            {
                Assert.Equal(ChangeKind.Changed, e.Kind);
                var id = e.PostingKey[(source.Id.Length + 1)..];
                Assert.True(changedIn.TryAdd(id, run), $"{id} changed twice");
                changedFields[id] = e.ChangedFields;
            }
        }

        output.WriteLine($"{mutation.Edited.Count} edits ({detailOnly.Count} detail-only); changed events {changedIn.Count}, in runs {string.Join(", ", changedIn.Select(c => c.Value))}; {(DateTimeOffset.UtcNow - started).TotalSeconds:0.0}s for {Bound} runs");
        Assert.Equal(mutation.Edited.Order(), changedIn.Keys.Order());
        foreach (var id in detailOnly) Assert.Contains("requirement", changedFields[id]);
        foreach (var (expected, actual) in await harness.AssertMatchesGroundTruthAsync(source.Id)) Assert.Equal(expected.Requirement, actual.Requirement);
        await harness.AssertOneSnapshotPerPostingAsync(source.Id); // the edited postings' snapshots hold the new text
    }

    [Fact]
    public async Task Crawl_RevalidateEveryPostingOnDemand_FindsEveryDetailOnlyEditInOneRun()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, LabSourceDefinitions.Small((Site, 16)));
        var site = harness.Lab.Site(Site);
        var source = harness.Source(Site);
        Assert.Equal(RunStatus.Complete, (await harness.CrawlAsync(source)).Run.Status);
        var before = site.GroundTruth().ToDictionary(p => p.Id);
        var mutation = site.Mutate(add: 0, remove: 0, edit: 6);

        var outcome = await harness.CrawlAsync(DetailRevalidation.EveryPosting(source));

        output.WriteLine($"{outcome.Run.Status}; {mutation.Edited.Count} edits, {outcome.Events.Count} changed events in {outcome.Duration.TotalSeconds:0.0}s");
        Assert.Equal(mutation.Edited.Order(), outcome.Events.Select(e => e.PostingKey[(source.Id.Length + 1)..]).Order());
        foreach (var (expected, actual) in await harness.AssertMatchesGroundTruthAsync(source.Id))
        {
            Assert.Equal(expected.Requirement, actual.Requirement);
            if (before[expected.Id].Requirement != expected.Requirement) Assert.Contains(outcome.Events, e => e.PostingKey.EndsWith(expected.Id, StringComparison.Ordinal) && e.ChangedFields.Contains("requirement"));
        }

        await harness.AssertOneSnapshotPerPostingAsync(source.Id);
    }

    [Fact]
    public async Task Crawl_DetailAnswerAskedForByPost_ReplaysThePostAndSeesEveryDetailOnlyEdit()
    {
        const string posted = "nimbus-posted"; // POST /api/posted/detail {"jobId": …}; a body that is not JSON is a business error
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, LabSourceDefinitions.Small((posted, 12)));
        var site = harness.Lab.Site(posted);
        var source = harness.Source(posted);
        var first = await harness.CrawlAsync(source);
        Assert.Equal(RunStatus.Complete, first.Run.Status);
        foreach (var (expected, actual) in await harness.AssertMatchesGroundTruthAsync(source.Id)) Assert.Equal(expected.Requirement, actual.Requirement);
        var before = site.GroundTruth().ToDictionary(p => p.Id);
        var mutation = site.Mutate(add: 0, remove: 0, edit: 6);
        var after = site.GroundTruth().ToDictionary(p => p.Id);
        Assert.Contains(mutation.Edited, id => before[id].Requirement != after[id].Requirement && before[id].Title == after[id].Title); // seen only by a replayed POST
        var calls = site.Stats.DetailCalls;

        var outcome = await harness.CrawlAsync(DetailRevalidation.EveryPosting(source));

        output.WriteLine($"{outcome.Run.Status}; {mutation.Edited.Count} edits, {outcome.Events.Count} changed events, {site.Stats.DetailCalls - calls} detail calls in {outcome.Duration.TotalSeconds:0.0}s");
        Assert.Equal(mutation.Edited.Order(), outcome.Events.Select(e => e.PostingKey[(source.Id.Length + 1)..]).Order());
        foreach (var (expected, actual) in await harness.AssertMatchesGroundTruthAsync(source.Id))
        {
            Assert.Equal(expected.Requirement, actual.Requirement);
            if (before[expected.Id].Requirement != expected.Requirement && before[expected.Id].Title == expected.Title)
                Assert.Contains("requirement", outcome.Events.Single(e => e.PostingKey.EndsWith(":" + expected.Id, StringComparison.Ordinal)).ChangedFields);
        }

        await harness.AssertOneSnapshotPerPostingAsync(source.Id);
    }
}
