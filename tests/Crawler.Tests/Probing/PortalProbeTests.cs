using System.Text;
using Crawler.Configuration;
using Crawler.Crawling;
using Crawler.Lab;
using Crawler.Model;
using Crawler.Probing;
using Crawler.Storage;
using Crawler.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace Crawler.Tests.Probing;

/// <summary>
/// Real Chromium against the lab: the probe opens a site knowing only its URL; its proposal, loaded as a user
/// would load the file it prints and crawled unedited, must find the site's ground truth.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalProbeTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("nimbus-api", 30, RunStatus.Complete)]
    [InlineData("nimbus-board", 25, RunStatus.Complete)]
    [InlineData("nimbus-cards", 23, RunStatus.Complete)]
    // The list answer lacks description and requirement: the probe proposes reading them from the detail answer.
    [InlineData("nimbus-details", 24, RunStatus.Complete)]
    // The same, but the detail answer is asked for by POST with the id in its JSON body.
    [InlineData("nimbus-posted", 14, RunStatus.Complete)]
    // Infinite scroll without a total: the probe says so and leaves completeWhenExhausted off; the description is detail-only.
    [InlineData("nimbus-dom", 23, RunStatus.Partial)]
    public async Task RunAsync_NimbusSite_ProposalUsedUneditedCrawlsToTheGroundTruth(string siteId, int size, RunStatus expectedStatus)
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, LabSourceDefinitions.Small((siteId, size)));
        var site = harness.Lab.Site(siteId);

        var report = await Probe().RunAsync(site.EntryUrl, Wait, CancellationToken.None);
        var source = Load(report);
        var outcome = await harness.CrawlAsync(source);

        output.WriteLine(string.Join("\n", report.Findings));
        output.WriteLine($"{siteId}: {outcome.Run.Status} {outcome.Run.Seen}/{size} in {outcome.Duration.TotalSeconds:0.0}s; {string.Join(" | ", outcome.Run.Errors)}");
        Assert.Equal("declarative", report.Platform);
        Assert.Equal(expectedStatus, outcome.Run.Status);
        await AssertStoredEqualsTruthAsync(harness, source, site);
        if (siteId == "nimbus-board")
        {
            Assert.Contains(report.Findings, f => f.Text.Contains("paging parameter page: 1 → 2 (request body); a crawl fetches later pages by sending this call again", StringComparison.Ordinal));
            Assert.Contains(report.Findings, f => f.Kind == ProbeFindingKind.Found && f.Text.StartsWith("the detail view shows the posting's listed text", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task RunAsync_DescriptionOnlyInTheDetailAnswer_ProposesDetailFieldsWhoseEditsBecomeChangedEvents()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, LabSourceDefinitions.Small(("nimbus-details", 16)));
        var site = harness.Lab.Site("nimbus-details");
        var report = await Probe().RunAsync(site.EntryUrl, Wait, CancellationToken.None);
        output.WriteLine(string.Join("\n", report.Findings));
        Assert.Equal("/api/details/jobs/{id}", report.Settings!["detail.api.urlContains"]);
        Assert.Equal("data.jobDesc", report.Settings["detail.api.field.description"]);
        Assert.Equal("data.jobRequire", report.Settings["detail.api.field.requirement"]);
        Assert.Contains(report.Findings, f => f.Kind == ProbeFindingKind.Found && f.Setting == "detail.api.urlContains" && f.Text.Contains("description", StringComparison.Ordinal));
        var source = Load(report);
        Assert.Equal(RunStatus.Complete, (await harness.CrawlAsync(source)).Run.Status);
        var before = site.GroundTruth().ToDictionary(p => p.Id);
        var mutation = site.Mutate(add: 0, remove: 0, edit: 8);
        var after = site.GroundTruth().ToDictionary(p => p.Id);
        var detailOnly = mutation.Edited.Where(id => before[id].Title == after[id].Title && before[id].Requirement != after[id].Requirement).ToList();
        Assert.NotEmpty(detailOnly); // the lab edits titles, cities and requirements; the requirement only the detail answer carries

        var outcome = await harness.CrawlAsync(DetailRevalidation.EveryPosting(source));

        output.WriteLine($"{mutation.Edited.Count} edits ({detailOnly.Count} of detail-only text), {outcome.Events.Count} events in {outcome.Duration.TotalSeconds:0.0}s");
        Assert.Equal(mutation.Edited.Order(), outcome.Events.Select(e => e.PostingKey[(source.Id.Length + 1)..]).Order());
        Assert.All(outcome.Events, e => Assert.Equal(ChangeKind.Changed, e.Kind));
        foreach (var id in detailOnly) Assert.Contains("requirement", outcome.Events.Single(e => e.PostingKey.EndsWith(":" + id, StringComparison.Ordinal)).ChangedFields);
        await AssertStoredEqualsTruthAsync(harness, source, site);
    }

    [Theory]
    [InlineData("bytedance-campus", "atsx", "10,000 window")]
    [InlineData("deepseek", "moka", "encrypted")]
    [InlineData("alibaba-aliyun", "alibaba", "500-per-filter cap")]
    public async Task RunAsync_BuiltInFamilySite_NamesTheFamilyAndChecksItsExpectations(string siteId, string platform, string expectation)
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, LabSourceDefinitions.Small((siteId, siteId == "alibaba-aliyun" ? 520 : 30)));

        var report = await Probe().RunAsync(harness.Lab.Site(siteId).EntryUrl, Wait, CancellationToken.None);

        output.WriteLine(string.Join("\n", report.Findings));
        Assert.Equal(platform, report.Platform);
        Assert.Contains(report.Findings, f => f.Kind == ProbeFindingKind.Family && f.Text.Contains(expectation, StringComparison.Ordinal));
        var source = Load(report);
        Assert.Equal(platform, source.Platform);
        Assert.Empty(source.Settings);
    }

    /// <summary>The stored postings are the site's ground truth, description and requirement included (read from the list or the detail answer).</summary>
    private static async Task AssertStoredEqualsTruthAsync(LabCrawlHarness harness, SourceDefinition source, LabSite site)
    {
        var stored = (await harness.Store.GetPostingsAsync(source.Id, CancellationToken.None)).Values.ToDictionary(p => p.Posting.PortalId);
        var truth = site.GroundTruth();
        Assert.Equal(truth.Select(t => t.Id).Order(), stored.Keys.Order());
        foreach (var expected in truth)
        {
            var actual = stored[expected.Id].Posting;
            Assert.Equal(expected.Title, actual.Title);
            Assert.Equal(expected.Cities, actual.Cities);
            Assert.Equal(expected.CategoryPath, actual.Category);
            Assert.Equal(expected.Description, actual.Description);
            Assert.Equal(expected.Requirement, actual.Requirement);
        }
    }

    private PortalProbe Probe() => new(fixture.Browser, TimeProvider.System, NullLogger<PortalProbe>.Instance);

    /// <summary>The printed sources file, loaded through the same validation as <c>sources validate</c> and <c>crawl</c>.</summary>
    private static SourceDefinition Load(ProbeReport report)
    {
        var json = ProbeSourceWriter.Write(report);
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        return Assert.Single(SourceCatalog.Load(configuration, TestFamilies.All));
    }
}
