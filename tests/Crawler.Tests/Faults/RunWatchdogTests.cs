using Crawler.Browsing;
using Crawler.Crawling;
using Crawler.Diagnostics;
using Crawler.Lab;
using Crawler.Model;
using Crawler.Storage;
using Crawler.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Crawler.Tests.Faults;

/// <summary>
/// Issue 19's watchdog: a run whose progress does not move for <c>Crawler:StallTimeout</c> is abandoned, its lease
/// released and the browser reset, and ops see it (readiness while stuck, a metric counting trips).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RunWatchdogTests
{
    private const string Site = "minimax-social";

    [Fact]
    public async Task Crawl_PortalNeverAnswers_WatchdogAbandonsTheRunReleasesTheLeaseAndCountsTheTrip()
    {
        await using var browser = new FaultBrowser();
        await using var harness = await LabCrawlHarness.StartAsync(browser.Host, FaultLab.Options(Site, 8), FaultLab.Configuration(
            ("Crawler:StallTimeout", "00:00:03"),
            ("Crawler:Resilience:RequestTimeout", "00:00:20"))); // Polly would wait far longer than the watchdog
        var source = harness.Source(Site, FaultLab.PageSize(4));
        harness.Lab.Site(Site).Faults = FaultPlan.None with { Seed = 3, HangRate = 1 };
        using var exporter = new PrometheusExporter(harness.Services.GetRequiredService<CrawlerMetrics>());

        var outcome = await harness.CrawlAsync(source).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(RunStatus.Abandoned, outcome.Run.Status);
        Assert.Contains("watchdog", string.Join(" ", outcome.Run.Errors), StringComparison.Ordinal);
        Assert.Contains("Crawler:StallTimeout", string.Join(" ", outcome.Run.Errors), StringComparison.Ordinal);
        Assert.True(outcome.Duration < TimeSpan.FromSeconds(15), $"the stalled run took {outcome.Duration.TotalSeconds:0.0}s to end");
        var state = (await harness.Store.ListSourceStatesAsync(CancellationToken.None)).Single(s => s.SourceId == source.Id);
        Assert.Null(state.LeaseHolder);
        Assert.Equal(1, state.ConsecutiveFailures);
        Assert.Empty(await harness.Store.ListEventsAsync(new EventQuery { SourceId = source.Id, Limit = 10 }, CancellationToken.None));
        Assert.Contains("\ncrawler_watchdog_trips_total 1\n", exporter.Render(), StringComparison.Ordinal);
        Assert.Empty(harness.Services.GetRequiredService<RunWatchdog>().Running);

        // The portal answers again: the same worker crawls it in a fresh browser.
        harness.Lab.Site(Site).Faults = FaultPlan.None;
        var again = await harness.CrawlAsync(source).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(RunStatus.Complete, again.Run.Status);
        Assert.Equal(8, again.Run.Seen);
        Assert.Equal(2, browser.Host.Launches);
    }
}
