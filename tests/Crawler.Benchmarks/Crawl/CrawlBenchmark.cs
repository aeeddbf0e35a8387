using System.Globalization;
using Crawler.Lab;

namespace Crawler.Benchmarks.Crawl;

/// <summary>
/// <c>crawl</c>: one lab site of the given size; this crawler's first crawl of it, a re-crawl after 1% churn
/// (a third added, a third removed, a third edited), and with <c>--crawlee</c> the same first crawl by Crawlee,
/// and with <c>--kill</c> a first crawl killed at 90% and resumed (<see cref="KillAndResume"/>),
/// one after the other (never two at once); then the table, its ratios and issue 14's targets.
/// </summary>
internal static class CrawlBenchmark
{
    public static async Task<int> RunAsync(CrawlSettings settings)
    {
        var work = Path.Combine(Path.GetTempPath(), "crawler-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        ChildRun.SampleInterval = settings.SampleInterval;
        var machine = Machine() + $"; PSS sampled every {settings.SampleInterval.TotalMilliseconds:0} ms" + (settings.CrawlerArgs.Count > 0 ? "; crawler arguments " + string.Join(" ", settings.CrawlerArgs) : "");
        try
        {
            await using var lab = await LabHost.StartAsync(new LabOptions
            {
                Seed = 14, OnlySites = [settings.SiteId], SiteSizes = new Dictionary<string, int> { [settings.SiteId] = settings.Postings },
            });
            var site = lab.Site(settings.SiteId);
            Console.Error.WriteLine($"lab: {site.Id} at {site.EntryUrl}, {site.GroundTruth().Count} postings; work in {work}");
            var rows = new List<BenchRow>();
            // The results are rewritten after each row: a run cut short still leaves what it measured.
            void Add(BenchRow row)
            {
                rows.Add(Report(row));
                BenchReport.Write(settings.OutDirectory, machine, rows);
            }

            var product = new ProductCrawl(site, settings.Family, work, settings.CrawlerArgs) { LogDirectory = settings.OutDirectory };
            Add(await product.RunAsync("first"));
            if (!settings.FirstOnly)
            {
                var churn = Math.Max(1, (int)Math.Round(settings.Postings * CrawlSettings.Churn));
                var mutation = site.Mutate(add: churn / 3, remove: churn / 3, edit: churn - (2 * (churn / 3)));
                Console.Error.WriteLine($"churn: added {mutation.Added.Count}, removed {mutation.Removed.Count}, edited {mutation.Edited.Count}");
                Add(await product.RunAsync("recrawl"));
            }

            if (settings.Crawlee) Add(await CrawleeCrawl.RunAsync(site, work));
            string? resume = null;
            if (settings.KillAndResume)
            {
                // Its own store, so a first crawl as in issue 14 (of the site as the churn left it).
                var (killed, resumed, verdict) = await new KillAndResume(site, settings.Family, Path.Combine(work, "kill"), settings.CrawlerArgs).RunAsync();
                Add(killed);
                Add(resumed);
                resume = verdict;
                Console.Error.WriteLine(verdict);
            }

            var markdown = BenchReport.Write(settings.OutDirectory, machine, rows, resume);
            Console.WriteLine(markdown);
            Console.Error.WriteLine($"results: {Path.GetFullPath(settings.OutDirectory)}");
            return rows.All(r => r.Status is "complete" or "killed") ? 0 : 1;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static BenchRow Report(BenchRow row)
    {
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{row.Tool} {row.Phase}: {row.Status}, {row.Postings} postings, {row.Rendered} rendered, {row.WallSeconds:F1} s, {row.PostingsPerSecond:F1}/s, {row.CpuMsPerPosting:F1} CPU-ms/posting, peak PSS {row.PeakPssMb:F0} MB ({row.PeakProcesses} processes)"));
        return row;
    }

    /// <summary>Date, cores and the load when the run started: on a shared machine the load says how far to trust the figures.</summary>
    private static string Machine()
    {
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        return string.Create(CultureInfo.InvariantCulture,
            $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {load} at start, .NET {Environment.Version}, browser {CrawleeCrawl.Browser} for both, politeness off for both");
    }
}
