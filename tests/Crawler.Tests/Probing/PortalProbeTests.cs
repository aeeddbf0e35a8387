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
    [InlineData("nimbus-api", 30, true, RunStatus.Complete)]
    [InlineData("nimbus-board", 25, true, RunStatus.Complete)]
    [InlineData("nimbus-cards", 23, true, RunStatus.Complete)]
    // Infinite scroll without a total: the probe says so and leaves completeWhenExhausted off; the description is detail-only.
    [InlineData("nimbus-dom", 23, false, RunStatus.Partial)]
    public async Task RunAsync_NimbusSite_ProposalUsedUneditedCrawlsToTheGroundTruth(string siteId, int size, bool listCarriesDescription, RunStatus expectedStatus)
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
        var stored = (await harness.Store.GetPostingsAsync(source.Id, CancellationToken.None)).Values.ToDictionary(p => p.Posting.PortalId);
        var truth = site.GroundTruth();
        Assert.Equal(truth.Select(t => t.Id).Order(), stored.Keys.Order());
        foreach (var expected in truth)
        {
            var actual = stored[expected.Id].Posting;
            Assert.Equal(expected.Title, actual.Title);
            Assert.Equal(expected.Cities, actual.Cities);
            Assert.Equal(expected.CategoryPath, actual.Category);
            Assert.Equal(listCarriesDescription ? expected.Description : null, actual.Description);
        }

        if (!listCarriesDescription)
            Assert.Contains(report.Findings, f => f.Kind == ProbeFindingKind.Missing && f.Setting == "detail.field.description");
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

    private PortalProbe Probe() => new(fixture.Browser, TimeProvider.System, NullLogger<PortalProbe>.Instance);

    /// <summary>The printed sources file, loaded through the same validation as <c>sources validate</c> and <c>crawl</c>.</summary>
    private static SourceDefinition Load(ProbeReport report)
    {
        var json = ProbeSourceWriter.Write(report);
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        return Assert.Single(SourceCatalog.Load(configuration, TestFamilies.All));
    }
}
