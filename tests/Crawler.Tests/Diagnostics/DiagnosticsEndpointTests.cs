using System.Net;
using Crawler.Lab;
using Crawler.Model;
using Crawler.Tests.Support;

namespace Crawler.Tests.Diagnostics;

/// <summary>What ops see on the endpoint of <c>crawler run</c> after a crawl of the lab.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DiagnosticsEndpointTests
{
    [Fact]
    public async Task Endpoint_AfterALabCrawl_ReportsTheCrawlsFiguresHealthAndDashboard()
    {
        var temp = new TempDirectory();
        await using var lab = await LabHost.StartAsync(LabSourceDefinitions.Small(("minimax-social", 23)));
        var source = LabSourceDefinitions.For(lab, "minimax-social") with { Company = "Mini<Max> & \"Co\"" };
        // Its own browser (not the shared fixture's), so launches and Chromium processes are this worker's.
        await using var worker = await WorkerHarness.CreateAsync(temp.File("crawler.db"), "ops-<worker>", [source]);
        await worker.StartAsync();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (!(await worker.RunsAsync()).Any(r => r.Status == RunStatus.Complete))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("no complete run");
            await Task.Delay(100);
        }

        await worker.Worker.WhenIdleAsync();
        using var http = new HttpClient { BaseAddress = worker.Diagnostics.Address };
        var metrics = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var live = await http.GetAsync(new Uri("/health/live", UriKind.Relative));
        var dashboard = await http.GetStringAsync(new Uri("/", UriKind.Relative));
        var overview = await http.GetStringAsync(new Uri("/api/overview", UriKind.Relative));
        await worker.StopAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("127.0.0.1", worker.Diagnostics.Address!.Host);
        Assert.Contains("\ncrawler_postings_seen_total 23\n", metrics, StringComparison.Ordinal);
        Assert.Contains("\ncrawler_events_total{kind=\"appeared\"} 23\n", metrics, StringComparison.Ordinal);
        Assert.Contains("\ncrawler_runs_total{status=\"complete\"} 1\n", metrics, StringComparison.Ordinal);
        Assert.Contains("\ncrawler_run_duration_seconds_count{status=\"complete\"} 1\n", metrics, StringComparison.Ordinal);
        Assert.Contains("\ncrawler_browser_launches_total 1\n", metrics, StringComparison.Ordinal);
        Assert.Contains("\ncrawler_browser_open_contexts 0\n", metrics, StringComparison.Ordinal);
        Assert.True(Gauge(metrics, "crawler_chromium_processes") >= 2, "a running browser has several Chromium processes");
        Assert.True(Gauge(metrics, "crawler_browser_memory_bytes") > 10e6, "the browser's memory is read from /proc");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("browser: ok", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Contains("\"id\":\"minimax-social\"", overview, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"complete\"", overview, StringComparison.Ordinal);
        Assert.Contains("Mini\\u003CMax\\u003E \\u0026 \\u0022Co\\u0022", overview, StringComparison.Ordinal);
        Assert.Contains("ops-&lt;worker&gt;", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("<Max>", overview + dashboard, StringComparison.Ordinal);
        temp.Delete();
    }

    [Fact]
    public async Task HealthReady_StoreUnreachable_Answers503NamingTheStore()
    {
        var temp = new TempDirectory();
        await using var worker = await WorkerHarness.CreateAsync(temp.File("crawler.db"), "w", []);
        await worker.Diagnostics.StartAsync(CancellationToken.None);
        using var http = new HttpClient { BaseAddress = worker.Diagnostics.Address };
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        temp.Delete();
        Directory.CreateDirectory(Path.GetDirectoryName(temp.Path)!);
        File.WriteAllText(temp.Path, "not a directory");

        var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("store: unreachable", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await worker.Diagnostics.StopAsync(CancellationToken.None);
        File.Delete(temp.Path);
    }

    private static double Gauge(string metrics, string name) =>
        double.Parse(metrics.Split('\n').Single(l => l.StartsWith(name + " ", StringComparison.Ordinal)).Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
}
