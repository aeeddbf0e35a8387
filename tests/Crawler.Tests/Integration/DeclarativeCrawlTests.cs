using System.Text.Json;
using Crawler.Commands;
using Crawler.Lab;
using Crawler.LabCli;
using Crawler.Model;
using Crawler.Tests.Support;

namespace Crawler.Tests.Integration;

/// <summary>Real Chromium against the Nimbus AI lab portal, crawled by the declarative adapter from the shipped demo settings alone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DeclarativeCrawlTests(BrowserFixture fixture)
{
    private static LabOptions Small(string site, int size) => new() { Seed = 11, SiteSizes = new Dictionary<string, int> { [site] = size }, OnlySites = [site] };

    /// <summary>The settings block of a source in sources/demo.json, exactly as shipped.</summary>
    private static Dictionary<string, string> DemoSettings(string id)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(LabSources.DemoFile));
        var source = document.RootElement.GetProperty("Sources").EnumerateArray().Single(s => s.GetProperty("id").GetString() == id);
        return source.GetProperty("settings").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }

    private static SourceDefinition FromDemo(LabCrawlHarness harness, string id, Action<Dictionary<string, string>>? adjust = null)
    {
        var settings = DemoSettings(id);
        adjust?.Invoke(settings);
        return harness.Source(id, s => s with { Settings = settings });
    }

    [Fact]
    public async Task Crawl_ApiSiteFromDemoSettings_EqualsGroundTruthWithFieldsAndSnapshots()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small("nimbus-api", 30));
        var source = FromDemo(harness, "nimbus-api");

        var outcome = await harness.CrawlAsync(source);

        Assert.Equal(RunStatus.Complete, outcome.Run.Status);
        Assert.Equal(3, outcome.Run.Pages); // 12 + 12 + 6 through "Load more"
        Assert.Equal(30, outcome.Run.Evidence!.ReportedTotal);
        foreach (var (expected, actual) in await harness.AssertMatchesGroundTruthAsync(source.Id))
        {
            Assert.Equal(expected.Requirement, actual.Requirement);
            Assert.Equal(RecruitTrack.Experienced, actual.Track);
            Assert.Equal(expected.PublishedAt, actual.PublishedAt);
            Assert.EndsWith("/careers/openings/" + expected.Id, actual.Url, StringComparison.Ordinal);
        }

        Assert.Equal(30, outcome.Run.Snapshots);
        await harness.AssertOneSnapshotPerPostingAsync(source.Id);
    }

    [Fact]
    public async Task Crawl_DomSiteWithClickOnlyCards_EqualsGroundTruthAndCompletesOnlyWhenDeclared()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small("nimbus-dom", 23));
        var source = FromDemo(harness, "nimbus-dom");

        var outcome = await harness.CrawlAsync(source);

        Assert.Equal(RunStatus.Complete, outcome.Run.Status);
        foreach (var (expected, actual) in await harness.AssertMatchesGroundTruthAsync(source.Id))
        {
            Assert.Equal(expected.Requirement, actual.Requirement);
            Assert.Equal(expected.Track, actual.Track.ToString().ToLowerInvariant());
            Assert.EndsWith("/jobs/" + expected.Id, actual.Url, StringComparison.Ordinal);
        }

        Assert.Equal(23, outcome.Run.Snapshots);

        var undeclared = FromDemo(harness, "nimbus-dom", s => s.Remove("completeWhenExhausted"));
        var second = await harness.CrawlAsync(undeclared);
        Assert.Equal(RunStatus.Partial, second.Run.Status);
        Assert.Equal(23, second.Run.Seen);
    }

    [Fact]
    public async Task Crawl_ClickOnlyCardsWithTheIdNeitherInDomNorUrl_TakesIdsFromTheDetailAnswerAndEqualsGroundTruth()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small("nimbus-opaque", 14));
        var source = harness.Source("nimbus-opaque"); // detail.idFromAnswer data.jobId; the route is #/p/{encoded id}

        var outcome = await harness.CrawlAsync(source);

        Assert.Equal(RunStatus.Complete, outcome.Run.Status);
        foreach (var (expected, actual) in await harness.AssertMatchesGroundTruthAsync(source.Id))
        {
            Assert.Equal(expected.Requirement, actual.Requirement);
            Assert.Contains("#/p/", actual.Url, StringComparison.Ordinal);
            Assert.DoesNotContain(expected.Id, actual.Url, StringComparison.Ordinal); // so the id came from the answer
        }

        Assert.Equal(14, outcome.Run.Snapshots);
        await harness.AssertOneSnapshotPerPostingAsync(source.Id);
    }

    [Fact]
    public async Task Crawl_AfterLabMutation_EventsMatchTheMutationExactly()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small("nimbus-api", 26));
        var source = FromDemo(harness, "nimbus-api");
        await harness.CrawlAsync(source);
        var mutation = harness.Lab.Site(source.Id).Mutate(add: 2, remove: 2, edit: 3);

        var second = await harness.CrawlAsync(source);
        var third = await harness.CrawlAsync(source);

        static string Key(string id) => "nimbus-api:" + id;
        Assert.Equal(mutation.Added.Select(Key).Order(), second.Events.Where(e => e.Kind == ChangeKind.Appeared).Select(e => e.PostingKey).Order());
        Assert.Equal(mutation.Edited.Select(Key).Order(), second.Events.Where(e => e.Kind == ChangeKind.Changed).Select(e => e.PostingKey).Order());
        Assert.DoesNotContain(second.Events, e => e.Kind == ChangeKind.Disappeared);
        Assert.Equal(mutation.Removed.Select(Key).Order(), third.Events.Where(e => e.Kind == ChangeKind.Disappeared).Select(e => e.PostingKey).Order());
        // Nothing else: the volatile impressionToken in every answer never counts as a change.
        Assert.Equal(5, second.Events.Count);
        Assert.Equal(2, third.Events.Count);
    }

    [Fact]
    public async Task Crawl_ItemSelectorMatchesNothing_FailsNamingTheSetting()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small("nimbus-dom", 5));
        var source = FromDemo(harness, "nimbus-dom", s => s["dom.item"] = ".job-tile");

        var outcome = await harness.CrawlAsync(source);

        Assert.Equal(RunStatus.Failed, outcome.Run.Status);
        Assert.Contains(outcome.Run.Errors, e => e.Contains("dom.item '.job-tile' matched nothing", StringComparison.Ordinal));
        Assert.Empty(await harness.ActivePostingsAsync(source.Id));
    }

    [Fact]
    public async Task Crawl_ApiFirstAnswersFail_RetriesAndStillMatchesTheTruth()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, Small("nimbus-api", 15));
        harness.Lab.Site("nimbus-api").Faults = new FaultPlan { FailFirstRequests = 2 };
        var source = FromDemo(harness, "nimbus-api");

        var outcome = await harness.CrawlAsync(source);

        Assert.Equal(RunStatus.Complete, outcome.Run.Status);
        Assert.Equal(15, outcome.Run.Seen);
    }
}
