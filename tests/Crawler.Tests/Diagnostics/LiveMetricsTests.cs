using Crawler.Crawling;
using Crawler.Diagnostics;
using Crawler.Model;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Crawler.Tests.Diagnostics;

/// <summary>
/// <c>/metrics</c> during a run: the progress reports a run makes (the same <see cref="RunWatch"/> the runner
/// reports through) move the counters and the per-source progress gauges at once, not when the run ends.
/// </summary>
public sealed class LiveMetricsTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 23, 8, 0, 0, TimeSpan.Zero));
    private readonly RunWatchdog _watchdog;
    private readonly CrawlerMetrics _metrics;
    private readonly PrometheusExporter _exporter;

    public LiveMetricsTests()
    {
        _watchdog = new RunWatchdog(_time, Options.Create(new CrawlerOptions()));
        _metrics = new CrawlerMetrics(_watchdog);
        _exporter = new PrometheusExporter(_metrics);
    }

    public void Dispose()
    {
        _exporter.Dispose();
        _metrics.Dispose();
    }

    [Fact]
    public async Task Metrics_RunInProgress_CountersAndProgressGaugesMoveBeforeTheRunEnds()
    {
        var run = _watchdog.Watch("deepseek", "run-1", null);
        run.Report(new CrawlProgress("starting", 0, null));
        run.Report(new CrawlProgress("listing", 20, 47));
        run.Report(new CrawlProgress("listing", 40, 47));
        run.Report(new CrawlProgress("listing", 47, 47));
        _time.Advance(TimeSpan.FromSeconds(30));
        run.Report(new CrawlProgress("details", 1, 5));
        run.Report(new CrawlProgress("details", 2, 5) { Failed = 1 });
        run.Report(new CrawlProgress("details", 3, 5) { Failed = 1 });

        var text = _exporter.Render();

        Assert.Contains("crawler_pages_fetched_total 3\n", text, StringComparison.Ordinal);
        Assert.Contains("crawler_postings_seen_total 47\n", text, StringComparison.Ordinal);
        Assert.Contains("crawler_snapshots_rendered_total 2\n", text, StringComparison.Ordinal);
        Assert.Contains("crawler_errors_total{kind=\"detail\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("crawler_run_progress_done{phase=\"details\",source=\"deepseek\"} 3\n", text, StringComparison.Ordinal);
        Assert.Contains("crawler_run_progress_total{phase=\"details\",source=\"deepseek\"} 5\n", text, StringComparison.Ordinal);
        var phaseStart = _time.GetUtcNow().ToUnixTimeSeconds();
        Assert.Contains($"crawler_run_phase_started_seconds{{phase=\"details\",source=\"deepseek\"}} {phaseStart}\n", text, StringComparison.Ordinal);
        await run.DisposeAsync();
    }

    [Fact]
    public async Task Metrics_RunEnded_ProgressGaugesGoAndCountsAreNotAddedTwice()
    {
        var run = _watchdog.Watch("deepseek", "run-1", null);
        run.Report(new CrawlProgress("listing", 25, null));
        run.Report(new CrawlProgress("listing", 47, null));
        await run.DisposeAsync();

        _metrics.RecordRun(new RunRecord { Id = "run-1", SourceId = "deepseek", WorkerId = "w", Status = RunStatus.Complete, Pages = 2, Seen = 47 }, [], TimeSpan.FromSeconds(40));
        var text = _exporter.Render();

        Assert.Contains("crawler_pages_fetched_total 2\n", text, StringComparison.Ordinal);
        Assert.Contains("crawler_postings_seen_total 47\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("crawler_run_progress_done{", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_SecondAttemptAfterBrowserFault_PostingsCountedOncePerRun()
    {
        var run = _watchdog.Watch("minimax", "run-1", null);
        run.Report(new CrawlProgress("starting", 0, null));
        run.Report(new CrawlProgress("listing", 30, null));
        run.Report(new CrawlProgress("starting", 0, null));
        run.Report(new CrawlProgress("listing", 30, null));
        run.Report(new CrawlProgress("listing", 36, null));

        var text = _exporter.Render();

        Assert.Contains("crawler_pages_fetched_total 3\n", text, StringComparison.Ordinal);
        Assert.Contains("crawler_postings_seen_total 36\n", text, StringComparison.Ordinal);
        await run.DisposeAsync();
    }
}
