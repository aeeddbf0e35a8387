using System.Globalization;
using Crawler.Crawling;

namespace Crawler.Commands;

/// <summary>A per-source table of what a batch of crawls did.</summary>
public static class RunSummary
{
    public static void Print(TextWriter output, IReadOnlyList<CrawlOutcome> outcomes)
    {
        output.WriteLine($"{"source",-26} {"status",-9} {"seen",6} {"pages",6} {"snaps",6} {"new",5} {"chg",5} {"gone",5} {"time",8}  notes");
        foreach (var o in outcomes)
        {
            var r = o.Run;
            var notes = string.Join("; ", r.Errors.Concat(r.Evidence?.Notes ?? []).Take(3));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.SourceId,-26} {r.Status.ToString().ToLowerInvariant(),-9} {r.Seen,6} {r.Pages,6} {r.Snapshots,6} {r.New,5} {r.Changed,5} {r.Gone,5} {o.Duration.TotalSeconds,7:0.0}s  {notes}"));
        }
    }
}
