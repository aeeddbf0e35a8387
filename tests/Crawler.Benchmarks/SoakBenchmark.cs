using System.Diagnostics;
using System.Globalization;
using Crawler.Browsing;
using Crawler.Crawling;
using Crawler.Hosting;
using Crawler.Lab;
using Crawler.Model;
using Crawler.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crawler.Benchmarks;

/// <summary>
/// One long-lived worker, composed as <c>crawler run</c> composes it, crawling two lab sites cycle after cycle
/// while the lab mutates (so every cycle renders some detail pages). After each cycle it records the worker's
/// RSS, managed heap, the browser tree's memory (PSS) and the Chromium process count to a CSV.
/// </summary>
public static class SoakBenchmark
{
    public static async Task RunAsync(SoakSettings settings)
    {
        var directory = Path.Combine(Path.GetTempPath(), "crawler-soak", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        await using var lab = await LabHost.StartAsync(new LabOptions
        {
            Seed = 5, OnlySites = ["minimax-social", "bytedance-campus"],
            SiteSizes = new Dictionary<string, int> { ["minimax-social"] = settings.SiteSize, ["bytedance-campus"] = settings.SiteSize },
        });
        var sources = lab.Sites.Select(s => new SourceDefinition
        {
            Id = s.Id, Company = s.Company, Platform = s.Family, EntryUrl = s.EntryUrl, Settings = new Dictionary<string, string>(s.AdapterSettings),
        }).ToList();
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Sqlite:Path"] = Path.Combine(directory, "soak.db"),
            ["Crawler:ErrorSnapshotDirectory"] = Path.Combine(directory, "errors"),
            ["Crawler:WorkerId"] = "soak",
            ["Crawler:Politeness:MinDelayPerHost"] = "00:00:00",
            ["Crawler:ScheduleJitter"] = "0",
            ["Diagnostics:Enabled"] = "false",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(config);
        services.AddCrawler(config);
        services.AddCrawlWorker(config);
        services.AddSingleton<IReadOnlyList<SourceDefinition>>(sources);
        await using var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<ICrawlStore>();
        await store.InitializeAsync(CancellationToken.None);
        await store.UpsertSourcesAsync(sources, CancellationToken.None);
        var worker = provider.GetRequiredService<CrawlWorker>();
        var browser = provider.GetRequiredService<BrowserHost>();

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(settings.CsvPath))!);
        await using var csv = new StreamWriter(settings.CsvPath);
        await csv.WriteLineAsync("cycle,seconds,runs_complete,worker_rss_mb,managed_heap_mb,chromium_pss_mb,chromium_processes,browser_launches");
        var clock = Stopwatch.StartNew();
        for (var cycle = 1; cycle <= settings.Cycles; cycle++)
        {
            foreach (var site in lab.Sites) site.Mutate(add: 2, remove: 1, edit: 1);
            foreach (var source in sources) await SourceControl.CrawlNowAsync(store, source.Id, DateTimeOffset.UtcNow, CancellationToken.None);
            await worker.PollAsync(CancellationToken.None);
            await worker.WhenIdleAsync();
            var complete = (await store.ListRunsAsync(null, 100_000, CancellationToken.None)).Count(r => r.Status == RunStatus.Complete);
            using var self = Process.GetCurrentProcess();
            var row = string.Join(',',
                cycle.ToString(CultureInfo.InvariantCulture), Mb(clock.Elapsed.TotalSeconds), complete.ToString(CultureInfo.InvariantCulture),
                Mb(self.WorkingSet64 / 1048576.0), Mb(GC.GetTotalMemory(false) / 1048576.0), Mb(browser.MemoryBytes() / 1048576.0),
                ProcessTree.CountChromiumDescendants(Environment.ProcessId).ToString(CultureInfo.InvariantCulture), browser.Launches.ToString(CultureInfo.InvariantCulture));
            await csv.WriteLineAsync(row);
            await csv.FlushAsync();
            Console.WriteLine(row);
        }

        await browser.DisposeAsync();
        Console.WriteLine($"after shutdown: chromium_processes={ProcessTree.CountChromiumDescendants(Environment.ProcessId)}; CSV: {Path.GetFullPath(settings.CsvPath)}");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private static string Mb(double value) => value.ToString("F1", CultureInfo.InvariantCulture);
}
