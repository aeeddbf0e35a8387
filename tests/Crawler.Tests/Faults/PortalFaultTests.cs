using System.Diagnostics;
using Crawler.Crawling;
using Crawler.Lab;
using Crawler.Model;
using Crawler.Tests.Support;
using Xunit.Abstractions;

namespace Crawler.Tests.Faults;

/// <summary>
/// Portal faults from the lab (500s, 429 with Retry-After, 405 until a fresh token, truncated JSON, slow and
/// hanging answers) while the lab adds, removes and edits postings. After the faults clear: postings equal the
/// ground truth, events equal exactly what the lab changed, and no Chromium is left behind.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalFaultTests(ITestOutputHelper output)
{
    private const string Site = "bytedance-campus";

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.3)]
    public async Task Crawl_ServerErrors_RecoverWithExactEvents(double rate)
    {
        var tally = await CrawlThroughFaultsAsync(FaultPlan.None with { Seed = 8, ServerErrorRate = rate },
            test: $"{nameof(Crawl_ServerErrors_RecoverWithExactEvents)}_{rate:0.0}");
        Assert.True(tally.Faults >= 2, $"only {tally.Faults} faults were injected");
    }

    [Fact]
    public async Task Crawl_TooManyRequests_WaitsAtLeastRetryAfterAndRecovers()
    {
        var waited = TimeSpan.Zero;
        var tally = await CrawlThroughFaultsAsync(
            FaultPlan.None with { Seed = 5, TooManyRequestsRate = 0.25, RetryAfter = TimeSpan.FromSeconds(1) },
            measure: (elapsed, _) => waited = elapsed,
            check: stats =>
            {
                // Listing is serial and every 429 is followed by a retry, so the faulty runs last at least the sum of
                // the Retry-After values the lab sent; the 50 ms backoff alone would not come near it.
                var asked = stats.TooManyRequestsRetryAfter.Aggregate(TimeSpan.Zero, (a, b) => a + b);
                Assert.True(stats.TooManyRequestsRetryAfter.Count >= 2, $"only {stats.TooManyRequestsRetryAfter.Count} 429s");
                Assert.True(waited >= asked, $"waited {waited} but the portal asked for {asked}");
                output.WriteLine($"429s: {stats.TooManyRequestsRetryAfter.Count}, Retry-After total {asked}, faulty runs took {waited}");
            });
        Assert.True(tally.Faults >= 2);
    }

    [Fact]
    public async Task Crawl_TokenExpiresMidCrawl_FetchesAFreshTokenAndRecovers()
    {
        var tally = await CrawlThroughFaultsAsync(
            FaultPlan.None with { Seed = 3, TokenExpiresAfterUses = 3 },
            check: stats => Assert.True(stats.Rejected405 >= 2, $"only {stats.Rejected405} answers were 405"));
        Assert.True(tally.Faults >= 2);
    }

    [Fact]
    public async Task Crawl_TruncatedJson_IsRetriedNeverReadAsFewerPostings()
    {
        var tally = await CrawlThroughFaultsAsync(FaultPlan.None with { Seed = 8, TruncateRate = 0.3 });
        Assert.True(tally.Faults >= 2);
    }

    [Fact]
    public async Task Crawl_SlowAndHangingAnswers_AreCutByTheTimeoutAndRecover()
    {
        var tally = await CrawlThroughFaultsAsync(
            FaultPlan.None with { Seed = 3, SlowRate = 0.3, SlowDelay = TimeSpan.FromMilliseconds(400), HangRate = 0.12 },
            check: stats => Assert.True(stats.FaultsInjected.GetValueOrDefault("hang") >= 1, "no answer hung"));
        Assert.True(tally.Faults >= 3);
    }

    /// <summary>
    /// One clean crawl, then the lab mutates and the faults start (two crawls), then the faults stop (two crawls,
    /// enough for removals to pass the K=2 rule). Asserts the exact event set and the ground truth.
    /// </summary>
    private async Task<FaultTally> CrawlThroughFaultsAsync(
        FaultPlan plan, Action<TimeSpan, LabStats>? measure = null, Action<LabStats>? check = null, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var tally = new FaultTally(output);
        await using var browser = new FaultBrowser();
        await using (var harness = await LabCrawlHarness.StartAsync(browser.Host, FaultLab.Options(Site, 40), FaultLab.Configuration()))
        {
            var source = harness.Source(Site, FaultLab.PageSize(5));
            var site = harness.Lab.Site(Site);
            var expected = new ExpectedEvents(source.Id);
            expected.Initial(site.GroundTruth());
            var runs = new List<CrawlOutcome> { await harness.CrawlAsync(source) };
            Assert.True(runs[0].Run.Status == RunStatus.Complete, string.Join("; ", runs[0].Run.Errors));

            expected.Mutation(site.Mutate(add: 2, remove: 2, edit: 3));
            site.Faults = plan;
            var clock = Stopwatch.StartNew();
            runs.Add(await harness.CrawlAsync(source));
            runs.Add(await harness.CrawlAsync(source));
            clock.Stop();
            var stats = site.Stats;
            measure?.Invoke(clock.Elapsed, stats);
            check?.Invoke(stats);
            site.Faults = FaultPlan.None;
            runs.Add(await harness.CrawlAsync(source));
            runs.Add(await harness.CrawlAsync(source));

            output.WriteLine($"faults by kind: {string.Join(", ", stats.FaultsInjected.Select(kv => kv.Key + "=" + kv.Value))}");
            foreach (var r in runs) output.WriteLine($"run {r.Run.Status} in {r.Duration.TotalSeconds:0.0}s: {string.Join("; ", r.Run.Errors)}");
            Assert.All(runs.Skip(3), r => Assert.Equal(RunStatus.Complete, r.Run.Status));
            Assert.DoesNotContain(runs, r => r.Run.Status == RunStatus.Failed);
            var (checkedEvents, falseEvents) = await expected.VerifyAsync(harness.Store, site);
            tally.Faults = stats.FaultsInjected.Values.Sum();
            tally.Runs = runs.Count;
            tally.EventsChecked = checkedEvents;
            tally.FalseEvents = falseEvents;
        }

        await browser.CloseAndAssertNoLeftoversAsync();
        tally.Report(test);
        return tally;
    }
}
