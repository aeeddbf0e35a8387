using Crawler.Changes;
using Crawler.Crawling;
using Crawler.Model;
using Crawler.Storage;

namespace Crawler.Tests.Support;

/// <summary>
/// A store as a dashboard meets it: a posting that appeared with a hostile title and was then edited (two versions,
/// a snapshot each, one with scripts in it), a suspect run, and a source running now with recorded progress.
/// </summary>
public static class DashboardSeed
{
    public const string HostileTitle = "<img src=x onerror=\"window.__pwned=1\">算法工程师<script>window.__pwned=2</script>";
    public const string HostileCompany = "Nimbus <AI> & Co";
    public const string HostileSnapshot = "<h1>Detail page</h1><script>document.body.setAttribute('data-ran','1');parent.__pwned=3</script><p onclick=\"parent.__pwned=4\">要求</p>";

    public static readonly SourceDefinition Nimbus = new()
    {
        Id = "nimbus", Company = HostileCompany, Platform = "declarative", EntryUrl = new Uri("https://nimbus.example/careers"),
    };

    public static readonly SourceDefinition DeepSeek = new()
    {
        Id = "deepseek", Company = "DeepSeek", Platform = "moka", EntryUrl = new Uri("https://app.mokahr.com/deepseek"),
    };

    public static async Task SeedAsync(ICrawlStore store, DateTimeOffset now)
    {
        var original = StoreTestData.Observed("1", HostileTitle) with { Requirement = "本科\n3年以上经验", Cities = ["北京"] };
        var other = StoreTestData.Observed("2", "语音合成工程师") with { Cities = ["上海"] };
        await CrawlAsync(store, Nimbus, "run-1", now.AddHours(-2), HostileSnapshot, original, other);
        await CrawlAsync(store, Nimbus, "run-2", now.AddHours(-1), "<h1>Detail page v2</h1><p>5年以上经验</p>", original with { Requirement = "本科\n5年以上经验" }, other);

        var suspect = StoreTestData.Run("deepseek", "deepseek-run-1", now.AddMinutes(-50));
        await store.StartRunAsync(suspect, CancellationToken.None);
        await store.CommitRunAsync(new RunCommit(StoreTestData.Finished(suspect, now.AddMinutes(-45)), [], []), CancellationToken.None);
        await store.TryAcquireLeaseAsync("deepseek", "worker-b", TimeSpan.FromMinutes(10), now, CancellationToken.None);
        await store.StartRunAsync(StoreTestData.Run("deepseek", "deepseek-run-2", now.AddMinutes(-3), "worker-b"), CancellationToken.None);
        await store.SaveRunProgressAsync(new RunProgress
        {
            RunId = "deepseek-run-2", SourceId = "deepseek", WorkerId = "worker-b", Phase = "details", Done = 12, Total = 40, Failed = 2,
            StartedAt = now.AddMinutes(-3), PhaseSince = now.AddSeconds(-38), UpdatedAt = now,
        }, CancellationToken.None);
    }

    private static async Task CrawlAsync(ICrawlStore store, SourceDefinition source, string runId, DateTimeOffset at, string html, params ObservedPosting[] observed)
    {
        var previous = await store.GetPostingsAsync(source.Id, CancellationToken.None);
        var changes = new ChangeDetector().Detect(source, new ChangeDetectionRun(runId, Complete: true, at, []), previous, observed);
        var snapshot = new Snapshot
        {
            Id = "snap-" + runId, PostingKey = "nimbus:1", Url = "https://nimbus.example/careers/1", CapturedAt = at,
            CompressedHtml = StoreTestData.Gzip(html), Text = "Detail page 要求",
        };
        await store.SaveSnapshotAsync(snapshot, CancellationToken.None);
        var postings = changes.Postings.Select(p => p.Key == "nimbus:1" ? p with { SnapshotId = snapshot.Id, SnapshotAt = at } : p).ToList();
        var run = StoreTestData.Run(source.Id, runId, at);
        await store.StartRunAsync(run, CancellationToken.None);
        var finished = run with
        {
            Status = RunStatus.Complete, FinishedAt = at.AddMinutes(2), Pages = 1, Seen = observed.Length, New = changes.New, Changed = changes.Changed,
            Evidence = new CompletenessEvidence { ReportedTotal = observed.Length, TotalStable = true, UniqueIds = observed.Length, PagesFetched = 1 },
        };
        await store.CommitRunAsync(new RunCommit(finished, postings, changes.Events), CancellationToken.None);
    }
}
