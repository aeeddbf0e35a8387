using System.Globalization;
using Crawler.Model;
using Crawler.Tests.Support;
using Xunit.Abstractions;

namespace Crawler.Tests.Faults;

/// <summary>
/// Issue 19: Chromium SIGKILLed at the exact moment a browser call is in flight (a page being opened, a context
/// being created, a context being closed). Playwright can leave such a call waiting for ever; the crawl must end
/// within seconds instead: retried once in a fresh browser with exact events, never a stuck worker holding its
/// lease. <c>CRAWLER_RACE_REPEAT</c> repeats each case in one test (the issue asks for 50 in a row).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserCallRaceTests(ITestOutputHelper output)
{
    private const string Site = "minimax-social";
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(45);

    [Theory]
    [InlineData("new page", 2, 2)]      // the 2nd page opened: the first detail worker's (the original hang)
    [InlineData("new page", 1, 2)]      // the listing's page
    [InlineData("new context", 1, 2)]   // the attempt's context
    [InlineData("close render context", 1, 2)] // a renderer's own context: the attempt is retried on a new browser
    [InlineData("close context", 1, 1)] // everything was read: the run completes, the next crawl relaunches
    public async Task Crawl_BrowserKilledDuringCall_EndsWithinSecondsWithExactEvents(string call, int occurrence, int launches)
    {
        var repeat = int.TryParse(Environment.GetEnvironmentVariable("CRAWLER_RACE_REPEAT"), CultureInfo.InvariantCulture, out var n) ? n : 1;
        for (var i = 1; i <= repeat; i++)
        {
            var elapsed = await RunOnceAsync(call, occurrence, launches);
            output.WriteLine($"{call} #{occurrence}, try {i}/{repeat}: run ended in {elapsed.TotalSeconds:0.0}s");
        }
    }

    private static async Task<TimeSpan> RunOnceAsync(string call, int occurrence, int launches)
    {
        await using var browser = new FaultBrowser();
        var seen = 0;
        var killed = 0;
        var found = "";
        browser.Host.CallStarted = what =>
        {
            if (what != call || Interlocked.Increment(ref seen) != occurrence) return;
            killed = browser.Kill();
            if (killed == 0) found = string.Join(", ", ChromiumProcesses.Descendants()) + $" (baseline {string.Join(", ", browser.Baseline)}; launches {browser.Host.Launches})";
        };
        TimeSpan elapsed;
        await using (var harness = await LabCrawlHarness.StartAsync(browser.Host, FaultLab.Options(Site, 12),
                         FaultLab.Configuration(("Crawler:Snapshots", "true"))))
        {
            var source = harness.Source(Site, FaultLab.PageSize(4));
            var site = harness.Lab.Site(Site);
            var expected = new ExpectedEvents(source.Id);
            expected.Initial(site.GroundTruth());

            var outcome = await harness.CrawlAsync(source).WaitAsync(Budget);
            elapsed = outcome.Duration;

            Assert.True(killed > 0, $"no Chromium process was killed during '{call}': Chromium below the test process {found}");
            Assert.True(outcome.Run.Status == RunStatus.Complete, string.Join("; ", outcome.Run.Errors));
            Assert.Equal(launches, browser.Host.Launches);
            Assert.Equal(12, outcome.Run.Snapshots);
            await expected.VerifyAsync(harness.Store, site);
            var state = (await harness.Store.ListSourceStatesAsync(CancellationToken.None)).Single(s => s.SourceId == source.Id);
            Assert.Null(state.LeaseHolder);

            if (call == "close context")
            {
                // The browser died after the run read everything; the next crawl gets a fresh one.
                var again = await harness.CrawlAsync(source).WaitAsync(Budget);
                Assert.Equal(RunStatus.Complete, again.Run.Status);
                Assert.Equal(2, browser.Host.Launches);
            }
        }

        await browser.CloseAndAssertNoLeftoversAsync();
        return elapsed;
    }
}
