using System.Globalization;
using Crawler.Lab;
using Microsoft.Data.Sqlite;

namespace Crawler.Benchmarks.Crawl;

/// <summary>
/// Issue 14's crash test: a first crawl on an empty store is killed with SIGKILL (the whole tree, Chromium included)
/// once <see cref="KillAt"/> of the site's postings have a stored snapshot; after its lease ran out the same command
/// runs again on the same store. Measured from the store itself: snapshots stored before the kill, details the
/// resumed run rendered again, postings stored (each once), and events (exactly one "appeared" per posting).
/// </summary>
internal sealed class KillAndResume(LabSite site, string family, string workDirectory, IReadOnlyList<string> crawlerArgs)
{
    public const double KillAt = 0.9;

    /// <summary>Short, so that the resumed run finds the dead worker's lease expired soon after the kill.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(20);

    public async Task<(BenchRow Killed, BenchRow Resumed, string Verdict)> RunAsync()
    {
        Directory.CreateDirectory(workDirectory);
        var crawl = new ProductCrawl(site, family, workDirectory, crawlerArgs);
        var postings = site.GroundTruth().Count;
        var threshold = (int)Math.Ceiling(postings * KillAt);
        var lease = "--Crawler:LeaseDuration=" + Lease.ToString("c", CultureInfo.InvariantCulture);
        var killed = await crawl.RunAsync("killed at 90%", () => Count(crawl.Database, "SELECT COUNT(DISTINCT posting_key) FROM snapshots") >= threshold, lease).ConfigureAwait(false);
        var before = Count(crawl.Database, "SELECT COUNT(*) FROM snapshots");
        killed = killed with { Status = "killed", Rendered = before };
        await Task.Delay(Lease + TimeSpan.FromSeconds(2)).ConfigureAwait(false);

        var resumed = await crawl.RunAsync("resumed").ConfigureAwait(false);
        var snapshots = Count(crawl.Database, "SELECT COUNT(*) FROM snapshots");
        var distinct = Count(crawl.Database, "SELECT COUNT(DISTINCT posting_key) FROM snapshots");
        var stored = Count(crawl.Database, "SELECT COUNT(*) FROM postings");
        var appeared = Count(crawl.Database, "SELECT COUNT(*) FROM events WHERE kind = 'appeared'");
        var appearedOnce = Count(crawl.Database, "SELECT COUNT(DISTINCT posting_key) FROM events WHERE kind = 'appeared'");
        var others = Count(crawl.Database, "SELECT COUNT(*) FROM events WHERE kind <> 'appeared'");
        // The resumed run's summary counts the snapshots it kept from the killed run too; the store tells them apart.
        var renderedAgain = snapshots - distinct;
        var redone = (double)renderedAgain / postings;
        resumed = resumed with { Rendered = snapshots - before };
        var once = stored == postings && appeared == postings && appearedOnce == postings && others == 0;
        var verdict = string.Create(CultureInfo.InvariantCulture,
            $"killed (SIGKILL, whole tree) with {before:N0} of {postings:N0} snapshots stored; the resumed run rendered the {snapshots - before:N0} left " +
            $"and {renderedAgain:N0} a second time ({redone * 100:F1}% of the rendering redone, target ≤ 10%: {(redone <= 0.10 ? "met" : "missed")}); " +
            $"postings stored {stored:N0} of {postings:N0}; 'appeared' events {appeared:N0} for {appearedOnce:N0} postings, other events {others:N0} " +
            $"({(once ? "each posting stored once, events exactly once" : "NOT exactly once")}). The killed row's CPU misses Chromium's share: " +
            $"its orphaned processes are reaped by init, not charged to the benchmark.");
        return (killed, resumed, verdict);
    }

    private static int Count(string database, string sql)
    {
        if (!File.Exists(database)) return 0;
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // not created yet, or busy for this one sample
        }
    }
}
