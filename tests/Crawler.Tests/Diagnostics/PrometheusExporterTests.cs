using Crawler.Diagnostics;
using Crawler.Model;

namespace Crawler.Tests.Diagnostics;

/// <summary>The /metrics text: what Prometheus scrapes must carry the crawler's figures with their labels.</summary>
public sealed class PrometheusExporterTests
{
    private static ChangeEvent Event(ChangeKind kind, int i) => new()
    {
        Id = $"e{i}", Kind = kind, PostingKey = $"s:{i}", SourceId = "s", Company = "MiniMax", Title = "t", RunId = "r", CreatedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void Render_AfterTwoRuns_SumsCountersAndLabelsThemByKindAndStatus()
    {
        using var metrics = new CrawlerMetrics();
        using var exporter = new PrometheusExporter(metrics);
        metrics.RecordRun(new RunRecord { Id = "r1", SourceId = "s", WorkerId = "w", Status = RunStatus.Complete, Pages = 3, Seen = 45 },
            [.. Enumerable.Range(0, 45).Select(i => Event(ChangeKind.Appeared, i))], TimeSpan.FromSeconds(12));
        metrics.RecordRun(new RunRecord { Id = "r2", SourceId = "s", WorkerId = "w", Status = RunStatus.Partial, Pages = 2, Seen = 40, Errors = ["page 3: HTTP 500"] },
            [Event(ChangeKind.Changed, 1), Event(ChangeKind.Appeared, 99)], TimeSpan.FromSeconds(200));

        var text = exporter.Render();

        Assert.Contains("\ncrawler_events_total{kind=\"appeared\"} 46\n", text, StringComparison.Ordinal);
        Assert.Contains("\ncrawler_events_total{kind=\"changed\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("\ncrawler_runs_total{status=\"complete\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("\ncrawler_errors_total{kind=\"listing\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE crawler_run_duration_seconds histogram", text, StringComparison.Ordinal);
        Assert.Contains("\ncrawler_run_duration_seconds_bucket{status=\"complete\",le=\"15\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("\ncrawler_run_duration_seconds_bucket{status=\"partial\",le=\"120\"} 0\n", text, StringComparison.Ordinal);
        Assert.Contains("\ncrawler_run_duration_seconds_bucket{status=\"partial\",le=\"+Inf\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("\ncrawler_run_duration_seconds_sum{status=\"partial\"} 200\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TwoMetricsInstances_KeepTheirFiguresApart()
    {
        using var first = new CrawlerMetrics();
        using var second = new CrawlerMetrics();
        using var exporter = new PrometheusExporter(first);
        second.RecordBrowserLaunch();
        first.RecordBrowserLaunch();
        first.RecordBrowserLaunch();

        Assert.Contains("\ncrawler_browser_launches_total 2\n", exporter.Render(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ProcessGauges_ReportThisProcessMemory()
    {
        using var metrics = new CrawlerMetrics();
        using var exporter = new PrometheusExporter(metrics);

        var rss = exporter.Render().Split('\n').Single(l => l.StartsWith("crawler_process_resident_memory_bytes ", StringComparison.Ordinal));

        Assert.InRange(double.Parse(rss.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), 10e6, 10e9);
    }
}
