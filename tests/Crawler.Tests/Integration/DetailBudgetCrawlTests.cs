using Crawler.Commands;
using Crawler.Lab;
using Crawler.Model;
using Crawler.Storage;
using Crawler.Tests.Support;

namespace Crawler.Tests.Integration;

/// <summary>
/// Real Chromium against the lab: when details keep failing, a run stops rendering after its failure budget,
/// still commits every posting it listed, says why, and does not try the failed details again on the next run.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DetailBudgetCrawlTests(BrowserFixture fixture)
{
    private const string Site = "minimax-social";

    private static readonly Dictionary<string, string?> Budget = new()
    {
        ["Crawler:Details:MaxConsecutiveFailures"] = "3",
        ["Crawler:Details:ReadyAfterAnswer"] = "00:00:00.300",
    };

    [Fact]
    public async Task Crawl_DetailRefinementNeverMatches_StopsRenderingCommitsEveryPostingAndSaysWhy()
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser,
            new LabOptions { Seed = 7, SiteSizes = new Dictionary<string, int> { [Site] = 20 }, OnlySites = [Site] }, Budget);
        var source = harness.Source(Site, s => s with { Settings = new Dictionary<string, string> { ["detailReadySelector"] = ".not-on-this-portal" } });

        var outcome = await harness.CrawlAsync(source);

        Assert.Equal(RunStatus.Complete, outcome.Run.Status);
        Assert.Equal(20, outcome.Run.Seen);
        Assert.Equal(0, outcome.Run.Snapshots);
        Assert.Contains(outcome.Run.Errors, e => e.Contains("detail rendering stopped after 3 failures in a row", StringComparison.Ordinal));
        var stored = Assert.Single(await harness.Store.ListRunsAsync(source.Id, 1, CancellationToken.None));
        Assert.Equal(outcome.Run.Errors, stored.Errors);
        var summary = new StringWriter();
        RunSummary.Print(summary, [outcome]);
        Assert.Contains("detail rendering stopped after 3 failures", summary.ToString(), StringComparison.Ordinal);

        var postings = await harness.ActivePostingsAsync(source.Id);
        Assert.Equal(20, postings.Count);
        Assert.All(postings.Values, p => Assert.Null(p.SnapshotId));
        var failed = postings.Values.Where(p => p.DetailFailures == 1).ToList();
        Assert.InRange(failed.Count, 3, 3 + 3);
        Assert.All(failed, p =>
        {
            Assert.Contains("ready selector .not-on-this-portal", p.DetailError, StringComparison.Ordinal);
            Assert.Contains(p.Posting.Url!, p.DetailError, StringComparison.Ordinal);
        });
        Assert.All(postings.Values.Except(failed), p => Assert.StartsWith("not rendered: detail rendering stopped", p.DetailError, StringComparison.Ordinal));

        var second = await harness.CrawlAsync(source);

        // The failed details wait for their next slot of the day; the untried ones are tried now.
        var after = await harness.ActivePostingsAsync(source.Id);
        Assert.All(failed, p =>
        {
            Assert.Equal(1, after[p.Key].DetailFailures);
            Assert.Equal(p.DetailFailedAt, after[p.Key].DetailFailedAt);
        });
        Assert.True(after.Values.Count(p => p.DetailFailures == 1) > failed.Count);
        Assert.Contains(second.Run.Errors, e => e.Contains("detail rendering stopped", StringComparison.Ordinal));
    }
}
