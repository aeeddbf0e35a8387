using System.Text.RegularExpressions;
using Crawler.Alerts;
using Crawler.Crawling;
using Crawler.Diagnostics;
using Crawler.Model;
using Crawler.Storage;
using Crawler.Storage.Sqlite;
using Crawler.Tests.Support;
using Microsoft.Extensions.Options;
using static Crawler.Tests.Support.DeployFiles;

namespace Crawler.Tests.Deployment;

/// <summary>
/// <c>deploy/compose/prometheus/alerts.yml</c>: the alerts the issue asks for, each well formed, and every series
/// an expression reads is one the worker's <c>/metrics</c> really exposes (a misspelt metric never fires).
/// </summary>
public sealed partial class PrometheusRulesTests
{
    private static List<Dictionary<object, object>> Rules =>
        List(Yaml("deploy/compose/prometheus/alerts.yml"), "groups").SelectMany(g => List(g, "rules")).Select(Map).ToList();

    [Fact]
    public void Rules_CoverStalledCrawlsQuarantineSuspectRunsAndDeadLetters()
    {
        var names = Rules.Select(r => Scalar(r, "alert")).ToList();
        Assert.Contains("CrawlerNoCompleteRun", names);
        Assert.Contains("CrawlerSourceQuarantined", names);
        Assert.Contains("CrawlerSuspectRun", names);
        Assert.Contains("CrawlerAlertDeadLetters", names);
        Assert.Equal(names.Count, names.Distinct().Count());
        foreach (var rule in Rules)
        {
            Assert.False(string.IsNullOrWhiteSpace(Scalar(rule, "expr")), $"{Scalar(rule, "alert")}: expr");
            Assert.False(string.IsNullOrWhiteSpace(Scalar(Map(rule, "labels"), "severity")), $"{Scalar(rule, "alert")}: severity");
            Assert.False(string.IsNullOrWhiteSpace(Scalar(Map(rule, "annotations"), "summary")), $"{Scalar(rule, "alert")}: summary");
        }
    }

    [Fact]
    public async Task Rules_ReadOnlySeriesTheWorkerExposes()
    {
        var exposed = await ExposedSeriesAsync();
        var used = Rules.SelectMany(r => MetricName().Matches(Scalar(r, "expr")!).Select(m => m.Value)).Distinct().ToList();

        Assert.NotEmpty(used);
        Assert.All(used, name => Assert.Contains(name, exposed));
    }

    [Fact]
    public void SuspectRun_CountedOnTheScrape()
    {
        using var metrics = new CrawlerMetrics();
        using var exporter = new PrometheusExporter(metrics);
        metrics.RecordRun(new RunRecord { Id = "r1", SourceId = "deepseek", WorkerId = "w", Status = RunStatus.Complete, Suspect = true }, [], TimeSpan.FromSeconds(3));
        metrics.RecordRun(new RunRecord { Id = "r2", SourceId = "deepseek", WorkerId = "w", Status = RunStatus.Complete }, [], TimeSpan.FromSeconds(3));

        var text = exporter.Render();

        Assert.Contains("\ncrawler_suspect_runs_total 1\n", text, StringComparison.Ordinal);
        Assert.Contains("\ncrawler_runs_total{status=\"complete\"} 2\n", text, StringComparison.Ordinal);
    }

    /// <summary>Series names on a worker's scrape (store-backed gauges included), as Prometheus would see them.</summary>
    private static async Task<HashSet<string>> ExposedSeriesAsync()
    {
        var temp = new TempDirectory();
        try
        {
            var options = new SqliteStoreOptions { Path = temp.File("crawler.db") };
            await using var store = new SqliteCrawlStore(options, TimeProvider.System);
            await using var alerts = new SqliteAlertStateStore(options);
            await store.InitializeAsync(CancellationToken.None);
            await alerts.InitializeAsync(CancellationToken.None);
            using var metrics = new CrawlerMetrics();
            using var exporter = new PrometheusExporter(metrics);
            var gauges = new StoreGauges(metrics, store, alerts, Options.Create(new DiagnosticsOptions()));
            await gauges.RefreshAsync(CancellationToken.None);
            metrics.RecordRun(new RunRecord { Id = "r", SourceId = "s", WorkerId = "w", Status = RunStatus.Complete, Suspect = true }, [], TimeSpan.FromSeconds(1));
            return exporter.Render().Split('\n').Where(l => l.Length > 0 && l[0] != '#').Select(l => MetricName().Match(l).Value).ToHashSet();
        }
        finally
        {
            temp.Delete();
        }
    }

    [GeneratedRegex(@"crawler_[a-z_]+")]
    private static partial Regex MetricName();
}
