using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Crawler.Benchmarks.Crawl;

/// <summary>The rows as CSV, JSON and a Markdown table, with the ratios to Crawlee and issue 14's targets met or missed.</summary>
internal static class BenchReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Write(string directory, string machine, IReadOnlyList<BenchRow> rows, string? resume = null)
    {
        Directory.CreateDirectory(directory);
        var csv = new StringBuilder("tool,family,site,phase,status,postings,rendered,wall_s,postings_per_s,cpu_s,cpu_ms_per_posting,peak_pss_mb,peak_processes,samples,load_at_end,store_write_s\n");
        foreach (var r in rows)
        {
            csv.AppendLine(string.Join(',', r.Tool, r.Family, r.Site, r.Phase, '"' + r.Status + '"', I(r.Postings), I(r.Rendered), F(r.WallSeconds, 1), F(r.PostingsPerSecond, 2),
                F(r.CpuSeconds, 1), F(r.CpuMsPerPosting, 1), F(r.PeakPssMb, 0), I(r.PeakProcesses), I(r.Samples), F(r.LoadAtEnd, 1), r.StoreWriteSeconds is { } s ? F(s, 2) : "not measured"));
        }

        File.WriteAllText(Path.Combine(directory, "bench.csv"), csv.ToString());
        var json = rows.Select(r => new { r.Tool, r.Family, r.Site, r.Phase, r.Status, r.Postings, r.Rendered, r.WallSeconds, r.PostingsPerSecond, r.CpuSeconds, r.CpuMsPerPosting, r.PeakPssMb, r.PeakProcesses, r.Samples, r.LoadAtEnd, r.StoreWriteSeconds });
        File.WriteAllText(Path.Combine(directory, "bench.json"), JsonSerializer.Serialize(new { machine, rows = json }, new JsonSerializerOptions { WriteIndented = true }));
        var markdown = Markdown(machine, rows) + (resume is null ? "" : $"\nKill and resume: {resume}\n");
        File.WriteAllText(Path.Combine(directory, "bench.md"), markdown);
        return markdown;
    }

    private static string Markdown(string machine, IReadOnlyList<BenchRow> rows)
    {
        var md = new StringBuilder($"{machine}\n\n| tool | phase | postings | rendered | wall | postings/s | CPU-ms/posting | peak PSS, tree | store writes | load at end | status |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        foreach (var r in rows)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {r.Tool} ({r.Site}) | {r.Phase} | {N(r.Postings)} | {N(r.Rendered)} | {F(r.WallSeconds, 1)} s | {F(r.PostingsPerSecond, 1)} | {F(r.CpuMsPerPosting, 1)} | {F(r.PeakPssMb, 0)} MB | {(r.StoreWriteSeconds is { } w ? F(w, 2) + " s" : "—")} | {F(r.LoadAtEnd, 0)} | {r.Status} |");
        }

        md.AppendLine("\nStore writes: the crawler's own log (event 2051, snapshot writes summed over the renderers, which overlap; event 2002, the run's commit).\n");
        var first = rows.FirstOrDefault(r => r is { Tool: "crawler", Phase: "first" });
        var again = rows.FirstOrDefault(r => r is { Tool: "crawler", Phase: "recrawl" });
        var crawlee = rows.FirstOrDefault(r => r.Tool == "crawlee");
        if (first is null) return md.ToString();
        md.AppendLine("| target (issue 14) | measured | |\n|---|---|---|");
        if (!Finished(first))
        {
            // A failed crawl is fast and small: judging it would print "met" for a crawl that did nothing.
            md.AppendLine(CultureInfo.InvariantCulture, $"| every target | not judged: the crawler's first crawl is {first.Status} ({N(first.Rendered)} of {N(first.Postings)} rendered) | |");
            return md.ToString();
        }

        if (crawlee is not null && !Finished(crawlee))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| ≥ 20× postings/s, ≤ 0.7× PSS of Crawlee | not judged: Crawlee's crawl is {crawlee.Status} | |");
        }
        else if (crawlee is { PostingsPerSecond: > 0, PeakPssMb: > 0 })
        {
            var speed = first.PostingsPerSecond / crawlee.PostingsPerSecond;
            var memory = first.PeakPssMb / crawlee.PeakPssMb;
            md.AppendLine(Target("≥ 20× Crawlee's postings/s", $"{F(speed, 1)}×", speed >= 20, $"short by {F((1 - (speed / 20)) * 100, 0)}%"));
            md.AppendLine(Target("≤ 0.7× Crawlee's peak tree PSS", $"{F(memory, 2)}×", memory <= 0.7, $"over by {F(((memory / 0.7) - 1) * 100, 0)}%"));
        }
        else
        {
            md.AppendLine("| ≥ 20× postings/s, ≤ 0.7× PSS of Crawlee | not run (--crawlee) | |");
        }

        md.AppendLine(Target("≤ 15 CPU-ms per posting (first crawl)", $"{F(first.CpuMsPerPosting, 1)} ms", first.CpuMsPerPosting <= 15, $"over by {F(((first.CpuMsPerPosting / 15) - 1) * 100, 0)}%"));
        if (again is not null && Finished(again))
        {
            var share = again.WallSeconds / first.WallSeconds;
            md.AppendLine(Target("re-crawl at 1% churn ≤ 10% of the first crawl's time", $"{F(share * 100, 1)}%", share <= 0.10, $"over by {F(((share / 0.10) - 1) * 100, 0)}%"));
        }

        return md.ToString();
    }

    private static bool Finished(BenchRow row) => row.Status == "complete";

    private static string Target(string target, string measured, bool met, string miss) => $"| {target} | {measured} | {(met ? "met" : "missed, " + miss)} |";

    private static string F(double value, int digits) => value.ToString("F" + digits.ToString(Inv), Inv);

    private static string I(int value) => value.ToString(Inv);

    private static string N(int value) => value.ToString("N0", Inv);
}
