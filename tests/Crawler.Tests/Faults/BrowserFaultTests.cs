using Crawler.Lab;
using Crawler.Model;
using Crawler.Tests.Support;
using Xunit.Abstractions;

namespace Crawler.Tests.Faults;

/// <summary>
/// Browser faults: Chromium (or Playwright's driver) SIGKILLed mid-crawl (while listing, while rendering details) is thrown away, relaunched
/// and the crawl retried once in a fresh context; the run completes with exact events and no Chromium outlives it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserFaultTests(ITestOutputHelper output)
{
    private const string Site = "minimax-social";

    [Theory]
    [InlineData("listing")]
    [InlineData("details")]
    [InlineData("driver")]
    public async Task Crawl_BrowserKilledMidCrawl_RelaunchesAndRetriesOnceWithExactEvents(string stage)
    {
        var tally = new FaultTally(output);
        await using var browser = new FaultBrowser();
        await using (var harness = await LabCrawlHarness.StartAsync(browser.Host, FaultLab.Options(Site, 20),
                         FaultLab.Configuration(("Crawler:Snapshots", stage == "details" ? "true" : "false"))))
        {
            var source = harness.Source(Site, FaultLab.PageSize(4));
            var site = harness.Lab.Site(Site);
            // Slow answers widen the window in which the browser is killed; they are not the fault under test.
            site.Faults = FaultPlan.None with { Seed = 1, SlowRate = 1, SlowDelay = TimeSpan.FromMilliseconds(150) };
            var expected = new ExpectedEvents(source.Id);
            expected.Initial(site.GroundTruth());

            var crawl = harness.CrawlAsync(source);
            await Wait.UntilAsync(() => stage != "details" ? site.Stats.ListCalls >= 2 : site.Stats.DetailCalls >= 3,
                TimeSpan.FromSeconds(60), stage + " to be under way");
            // "driver": Playwright's node process dies (killed, out of memory); the Chromium it drove goes with it.
            var killed = stage == "driver" ? browser.KillDriver() : browser.Kill();
            var outcome = await crawl;

            Assert.True(killed > 0, "nothing was killed");
            Assert.True(outcome.Run.Status == RunStatus.Complete, string.Join("; ", outcome.Run.Errors));
            Assert.Equal(2, browser.Host.Launches);
            if (stage == "details") Assert.Equal(20, outcome.Run.Snapshots);
            var (checkedEvents, falseEvents) = await expected.VerifyAsync(harness.Store, site);
            tally.Faults = 1;
            tally.Runs = 1;
            tally.EventsChecked = checkedEvents;
            tally.FalseEvents = falseEvents;
            output.WriteLine($"killed {killed} Chromium processes during {stage}; run {outcome.Run.Status} in {outcome.Duration.TotalSeconds:0.0}s");
        }

        await browser.CloseAndAssertNoLeftoversAsync();
        tally.Report(nameof(Crawl_BrowserKilledMidCrawl_RelaunchesAndRetriesOnceWithExactEvents) + "_" + stage);
    }

    [Fact]
    public async Task Crawl_BrowserKilledTwice_FailsTheRunWithoutEventsOrRemovals()
    {
        var tally = new FaultTally(output);
        await using var browser = new FaultBrowser();
        await using (var harness = await LabCrawlHarness.StartAsync(browser.Host, FaultLab.Options(Site, 20), FaultLab.Configuration()))
        {
            var source = harness.Source(Site, FaultLab.PageSize(4));
            var site = harness.Lab.Site(Site);
            var first = await harness.CrawlAsync(source);
            site.Mutate(add: 0, remove: 2, edit: 0);
            site.Faults = FaultPlan.None with { Seed = 1, SlowRate = 1, SlowDelay = TimeSpan.FromMilliseconds(150) };
            var listCalls = site.Stats.ListCalls;

            var crawl = harness.CrawlAsync(source);
            await Wait.UntilAsync(() => site.Stats.ListCalls >= listCalls + 2, TimeSpan.FromSeconds(60), "the first attempt to list");
            browser.Kill();
            await Wait.UntilAsync(() => browser.Host.Launches == 2 && site.Stats.ListCalls >= listCalls + 5, TimeSpan.FromSeconds(60), "the retry to list");
            browser.Kill();
            var outcome = await crawl;

            Assert.Equal(RunStatus.Complete, first.Run.Status);
            Assert.Equal(RunStatus.Failed, outcome.Run.Status);
            Assert.Contains("browser", string.Join(" ", outcome.Run.Errors), StringComparison.OrdinalIgnoreCase);
            Assert.Empty(outcome.Events);
            Assert.Equal(20, (await harness.ActivePostingsAsync(source.Id)).Count);
            tally.Faults = 2;
            tally.Runs = 2;
            tally.EventsChecked = first.Events.Count;
        }

        await browser.CloseAndAssertNoLeftoversAsync();
        tally.Report(nameof(Crawl_BrowserKilledTwice_FailsTheRunWithoutEventsOrRemovals));
    }
}
