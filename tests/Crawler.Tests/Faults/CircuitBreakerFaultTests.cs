using Crawler.Lab;
using Crawler.Model;
using Crawler.Tests.Support;
using Xunit.Abstractions;

namespace Crawler.Tests.Faults;

/// <summary>
/// A dead portal (every API call 500): its runs fail (never "zero postings"), the host's circuit opens so later
/// runs fail fast without asking it, and the source backs off with growing delays until it is quarantined.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CircuitBreakerFaultTests(ITestOutputHelper output)
{
    private const string Site = "minimax-campus";

    [Fact]
    public async Task Crawl_DeadPortal_OpensTheHostCircuitFailsFastAndQuarantines()
    {
        var tally = new FaultTally(output);
        await using var browser = new FaultBrowser();
        await using (var harness = await LabCrawlHarness.StartAsync(browser.Host, FaultLab.Options(Site, 10), FaultLab.Configuration(
                         ("Crawler:Resilience:MaxRetries", "2"),
                         ("Crawler:Resilience:BreakerMinimumThroughput", "4"),
                         ("Crawler:Resilience:BreakerFailureRatio", "0.5"),
                         ("Crawler:Resilience:BreakerSamplingDuration", "00:01:00"),
                         ("Crawler:Resilience:BreakerBreakDuration", "00:01:00"),
                         ("Crawler:FailureBackoff", "00:05:00"),
                         ("Crawler:QuarantineAfterFailures", "3"))))
        {
            var source = harness.Source(Site);
            var site = harness.Lab.Site(Site);
            site.Faults = FaultPlan.None with { FailFirstRequests = 10_000 };

            var first = await harness.CrawlAsync(source);
            var callsAfterFirst = site.Stats.ListCalls;
            var second = await harness.CrawlAsync(source);
            var callsBeforeThird = site.Stats.ListCalls;
            var third = await harness.CrawlAsync(source);

            Assert.All(new[] { first, second, third }, r => Assert.Equal(RunStatus.Failed, r.Run.Status));
            Assert.Equal(3, callsAfterFirst); // the first run: one try and two retries
            Assert.Equal(4, callsBeforeThird); // the second: one more failure opened the circuit, then it failed fast
            Assert.Contains("HTTP 500", string.Join(" ", first.Run.Errors), StringComparison.Ordinal);
            Assert.Contains("circuit open for host", string.Join(" ", second.Run.Errors), StringComparison.Ordinal);
            Assert.Contains("circuit open for host", string.Join(" ", third.Run.Errors), StringComparison.Ordinal);
            Assert.Equal(callsBeforeThird, site.Stats.ListCalls); // the open circuit did not ask the dead portal again
            Assert.Empty(await harness.Store.GetPostingsAsync(source.Id, CancellationToken.None));

            var state = (await harness.Store.ListSourceStatesAsync(CancellationToken.None)).Single(s => s.SourceId == source.Id);
            Assert.Equal(3, state.ConsecutiveFailures);
            Assert.True(state.Quarantined);
            Assert.Equal(TimeSpan.FromMinutes(20), state.NextDueAt - state.LastRunAt); // 5 min doubled twice
            tally.Faults = site.Stats.FaultsInjected.Values.Sum();
            tally.Runs = 3;
            output.WriteLine($"portal calls: {site.Stats.ListCalls}; errors: {string.Join(" | ", third.Run.Errors)}");
        }

        await browser.CloseAndAssertNoLeftoversAsync();
        tally.Report(nameof(Crawl_DeadPortal_OpensTheHostCircuitFailsFastAndQuarantines));
    }
}
