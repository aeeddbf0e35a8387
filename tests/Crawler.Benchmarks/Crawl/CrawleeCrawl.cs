using System.Diagnostics;
using System.Text.Json;
using Crawler.Browsing;
using Crawler.Lab;

namespace Crawler.Benchmarks.Crawl;

/// <summary>
/// The same job by Crawlee's PlaywrightCrawler: <c>node crawlee/crawl.mjs ENTRY</c> as a child process, its HTML
/// in a temporary storage directory, its tree sampled as the crawler's is. Crawlee keeps no state between
/// runs, so it has a first crawl only. It launches the Chromium this crawler resolves with its shipped search order
/// (<see cref="Browser"/>), so both tools run the same browser binary.
/// </summary>
internal static class CrawleeCrawl
{
    private static readonly TimeSpan Timeout = TimeSpan.FromHours(3);

    /// <summary>The browser both tools launch: what the crawler's default search order finds for a headless run.</summary>
    public static string Browser => Executable ?? "Playwright's own Chromium";

    private static string? Executable { get; } = BrowserExecutableResolver.Resolve(new BrowserOptions { Headless = true });

    public static async Task<BenchRow> RunAsync(LabSite site, string workDirectory)
    {
        var folder = ScriptFolder();
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "crawlee")))
        {
            throw new InvalidOperationException($"Crawlee is not installed: run 'PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci' in {folder}");
        }

        var start = new ProcessStartInfo("node") { WorkingDirectory = folder };
        start.ArgumentList.Add(Path.Combine(folder, "crawl.mjs"));
        start.ArgumentList.Add(site.EntryUrl.ToString());
        start.Environment["CRAWLEE_STORAGE_DIR"] = Path.Combine(workDirectory, "crawlee-storage");
        if (Executable is { } executable) start.Environment["CHROMIUM_PATH"] = executable;
        var postings = site.GroundTruth().Count;
        var run = await ChildRun.RunAsync(start, Timeout).ConfigureAwait(false);
        var last = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault(l => l.StartsWith('{'));
        var (listed, saved, failed) = (0, 0, 0);
        if (last is not null)
        {
            using var json = JsonDocument.Parse(last);
            (listed, saved, failed) = (json.RootElement.GetProperty("listed").GetInt32(), json.RootElement.GetProperty("saved").GetInt32(), json.RootElement.GetProperty("failed").GetInt32());
        }

        var status = run.ExitCode == 0 && saved == postings && listed == postings ? "complete" : $"listed {listed}, saved {saved}, failed {failed} (exit {run.ExitCode})";
        if (status != "complete") Console.Error.WriteLine(run.StandardError.Length <= 4000 ? run.StandardError : run.StandardError[^4000..]);
        return new BenchRow("crawlee", site.Family, site.Id, "first", status, postings, saved,
            run.Wall.TotalSeconds, run.Cpu.TotalSeconds, run.PeakPssBytes / 1048576.0, run.PeakProcesses, run.Samples, run.LoadAtEnd, null);
    }

    /// <summary>tests/Crawler.Benchmarks/crawlee, found upwards from the working directory or the build output.</summary>
    private static string ScriptFolder()
    {
        foreach (var from in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
            {
                foreach (var candidate in new[] { Path.Combine(dir.FullName, "crawlee"), Path.Combine(dir.FullName, "tests", "Crawler.Benchmarks", "crawlee") })
                {
                    if (File.Exists(Path.Combine(candidate, "crawl.mjs"))) return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("tests/Crawler.Benchmarks/crawlee/crawl.mjs not found: run the benchmark from the repository");
    }
}
