using Crawler.Lab;
using Crawler.Model;
using Crawler.Storage;
using Crawler.Tests.Support;

namespace Crawler.Tests.Integration;

/// <summary>Real Chromium against the lab: a listing that fails says where and leaves a screenshot and the HTML of its page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ListingDiagnosisCrawlTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("alibaba-tongyi")]
    [InlineData("zhipu-social")]
    public async Task Crawl_ListingFails_RecordsThePageUrlAndLeavesAnErrorSnapshotOfTheListingPage(string siteId)
    {
        var errors = new TempDirectory();
        try
        {
            await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser,
                new LabOptions { Seed = 7, SiteSizes = new Dictionary<string, int> { [siteId] = 10 }, OnlySites = [siteId] },
                new Dictionary<string, string?> { ["Crawler:Resilience:MaxRetries"] = "0", ["Crawler:ErrorSnapshotDirectory"] = errors.Path });
            var source = harness.Source(siteId);
            harness.Lab.Site(siteId).Faults = FaultPlan.None with { Seed = 1, ServerErrorRate = 1.0 };

            var outcome = await harness.CrawlAsync(source);

            Assert.Equal(RunStatus.Failed, outcome.Run.Status);
            var error = Assert.Single(outcome.Run.Errors);
            Assert.Contains("listing page http://" + source.EntryUrl.Authority, error, StringComparison.Ordinal);
            Assert.Contains("error snapshot", error, StringComparison.Ordinal);
            var folder = Path.Combine(errors.Path, siteId);
            var html = Assert.Single(Directory.GetFiles(folder, "*-listing.html"));
            var png = Assert.Single(Directory.GetFiles(folder, "*-listing.png"));
            Assert.Contains("<html", await File.ReadAllTextAsync(html), StringComparison.OrdinalIgnoreCase);
            Assert.True(new FileInfo(png).Length > 0);
        }
        finally
        {
            errors.Delete();
        }
    }
}
