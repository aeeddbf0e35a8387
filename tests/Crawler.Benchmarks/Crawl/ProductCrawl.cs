using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Crawler.Lab;

namespace Crawler.Benchmarks.Crawl;

/// <summary>
/// This crawler's crawl of one lab site, through its public entry only: <c>crawler crawl</c> run as a child
/// process (so its tree holds the worker and its browser, not the lab), on one SQLite file kept across the
/// phases, snapshots on, politeness off. Whatever the runner is after a merge, this measures it.
/// </summary>
internal sealed partial class ProductCrawl(LabSite site, string family, string workDirectory, IReadOnlyList<string> crawlerArgs)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromHours(1);
    private readonly string database = Path.Combine(workDirectory, "bench.db");
    private readonly string sourcesFile = Path.Combine(workDirectory, "sources.json");

    /// <summary>Where each crawl's own log (JSON lines) is kept as <c>crawler-{phase}.log</c>; null keeps none.</summary>
    public string? LogDirectory { get; init; }

    /// <summary>The SQLite file the crawls of this instance share.</summary>
    public string Database => database;

    public async Task<BenchRow> RunAsync(string phase, Func<bool>? killWhen = null, params string[] extra)
    {
        WriteSources();
        var dll = Path.Combine(AppContext.BaseDirectory, "crawler.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workDirectory };
        foreach (var arg in new[]
                 {
                     dll, "crawl", "--sources", sourcesFile, "--db", database, "--log-format", "json",
                     "--Crawler:Snapshots=true", "--Crawler:Politeness:Enabled=false", "--Diagnostics:Enabled=false",
                     "--Crawler:ErrorSnapshotDirectory=" + Path.Combine(workDirectory, "errors"),
                 }.Concat(crawlerArgs).Concat(extra))
        {
            start.ArgumentList.Add(arg);
        }

        var postings = site.GroundTruth().Count;
        var run = await ChildRun.RunAsync(start, Timeout, killWhen).ConfigureAwait(false);
        if (LogDirectory is { } logs)
        {
            Directory.CreateDirectory(logs);
            await File.WriteAllTextAsync(Path.Combine(logs, $"crawler-{phase}.log"), run.StandardError).ConfigureAwait(false);
        }
        var summary = SummaryLine().Matches(run.StandardError).LastOrDefault(m => m.Groups["id"].Value == site.Id);
        var status = summary is null ? $"no summary (exit {run.ExitCode})" : summary.Groups["status"].Value;
        var rendered = summary is null ? 0 : int.Parse(summary.Groups["snaps"].Value, CultureInfo.InvariantCulture);
        if ((summary is null || run.ExitCode != 0) && killWhen is null) Console.Error.WriteLine(Tail(run.StandardError));
        return new BenchRow("crawler", family, site.Id, phase, status, postings, rendered,
            run.Wall.TotalSeconds, run.Cpu.TotalSeconds, run.PeakPssBytes / 1048576.0, run.PeakProcesses, run.Samples, run.LoadAtEnd, StoreSeconds(run.StandardError));
    }

    /// <summary>The store time the crawler logged (JSON logs): snapshot writes (event 2051) plus the commit (event 2002); null when it logged neither.</summary>
    private static double? StoreSeconds(string log)
    {
        var ms = StoreMs().Matches(log).Select(m => long.Parse(m.Groups["ms"].Value, CultureInfo.InvariantCulture)).ToList();
        return ms.Count == 0 ? null : ms.Sum() / 1000.0;
    }

    private void WriteSources()
    {
        var source = new Dictionary<string, object>
        {
            ["id"] = site.Id, ["company"] = site.Company, ["platform"] = site.Family, ["entryUrl"] = site.EntryUrl.ToString(),
            ["settings"] = Settings(),
        };
        File.WriteAllText(sourcesFile, JsonSerializer.Serialize(new Dictionary<string, object> { ["Sources"] = new[] { source } }));
    }

    /// <summary>
    /// The site's settings; a declarative source also gets <c>maxPages</c> = the posting count (every page holds one
    /// at least), so its safety stop (default 500 pages) cannot cap a 20,000-posting run.
    /// </summary>
    private Dictionary<string, string> Settings()
    {
        var settings = new Dictionary<string, string>(site.AdapterSettings, StringComparer.Ordinal);
        if (family == "declarative") settings.TryAdd("maxPages", site.GroundTruth().Count.ToString(CultureInfo.InvariantCulture));
        return settings;
    }

    [GeneratedRegex(@"""(?:SnapshotStoreMs|CommitMs)"":(?<ms>\d+)")]
    private static partial Regex StoreMs();

    private static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];

    // RunSummary's row: "source status seen pages snaps new chg gone time  notes".
    [GeneratedRegex(@"^(?<id>\S+)\s+(?<status>[a-z]+)\s+(?<seen>\d+)\s+(?<pages>\d+)\s+(?<snaps>\d+)\s+\d+\s+\d+\s+\d+\s+[\d.]+s", RegexOptions.Multiline)]
    private static partial Regex SummaryLine();
}
