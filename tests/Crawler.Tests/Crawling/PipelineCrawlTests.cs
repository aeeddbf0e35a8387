using System.Globalization;
using System.Text.RegularExpressions;
using Crawler.Crawling;
using Crawler.Diagnostics;
using Crawler.Lab;
using Crawler.Model;
using Crawler.Portals;
using Crawler.Storage;
using Crawler.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Crawler.Tests.Crawling;

/// <summary>
/// Real Chromium, the crawler's real composition and SQLite store, a scripted adapter that streams its postings
/// (as the families do through <see cref="CrawlSession.Listed"/>) and detail pages on a local site, rendered in
/// contexts of their own: rendering overlaps the listing, and a run killed mid-render is resumed without rendering twice.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PipelineCrawlTests(BrowserFixture fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private static readonly LabOptions NoLab = new() { Seed = 7, SiteSizes = new Dictionary<string, int> { ["deepseek"] = 1 }, OnlySites = ["deepseek"] };

    [Fact]
    public async Task RunAsync_AdapterStreamsPostings_FirstSnapshotStoredBeforeTheListingEnds()
    {
        await using var site = await FakeDetailSite.StartAsync();
        var postings = Enumerable.Range(1, 6).Select(ScriptedAdapter.Posting).ToList();
        var firstStored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waitedForRender = false;
        PrometheusExporter? exporter = null;
        var whileListing = "";
        site.RequiredCookie = ("sid", "listing-session");
        var adapter = new ScriptedAdapter(site.Host, async (session, cancellationToken) =>
        {
            // A session the listing set up (a cookie) reaches the detail pages, which render in contexts of their own.
            await session.Browser.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = "sid", Value = "listing-session", Url = "http://" + site.Host }]);
            foreach (var posting in postings[..3]) session.Listed!(posting);
            // The rest of the listing waits until a detail of the first postings was rendered and stored: without
            // streaming this never happens and the listing fails after the deadline.
            await firstStored.Task.WaitAsync(Deadline, cancellationToken);
            waitedForRender = true;
            whileListing = exporter!.Render();
            foreach (var posting in postings[3..]) session.Listed!(posting);
            return ScriptedAdapter.Complete(postings);
        });
        await using var harness = await StartAsync(adapter);
        exporter = new PrometheusExporter(harness.Services.GetRequiredService<CrawlerMetrics>());
        var source = await RegisterAsync(harness, site);
        var progress = new InlineProgress<CrawlProgress>(p =>
        {
            if (p.Phase == "details" && p.Done >= 1) firstStored.TrySetResult();
        });

        var outcome = await harness.Services.GetRequiredService<CrawlRunner>().RunAsync(source, progress, CancellationToken.None);

        Assert.True(outcome.Run.Status == RunStatus.Complete, string.Join("; ", outcome.Run.Errors));
        Assert.True(waitedForRender);
        Assert.Equal(6, outcome.Run.Snapshots);
        var stored = await harness.Store.GetPostingsAsync(source.Id, CancellationToken.None);
        Assert.Equal(6, stored.Count);
        foreach (var posting in stored.Values)
        {
            var snapshot = await harness.Store.GetSnapshotAsync(posting.SnapshotId!, CancellationToken.None);
            Assert.Contains(posting.Posting.Title, snapshot!.Text, StringComparison.Ordinal);
        }

        Assert.All(site.ServedById.Values, n => Assert.Equal(1, n));
        // The autoscaled stage's figures are visible while it runs and fall back to zero when the run is over.
        Assert.InRange(Gauge(whileListing, "crawler_render_concurrency_desired"), 1, BrowserFixture.TestBrowserOptions().DetailParallelism);
        var after = exporter.Render();
        Assert.Equal(0, Gauge(after, "crawler_render_concurrency_desired"));
        Assert.Equal(0, Gauge(after, "crawler_render_concurrency_current"));
        Assert.Equal(0, Gauge(after, "crawler_render_queue"));
        exporter.Dispose();
    }

    [Fact]
    public async Task RunAsync_RunKilledMidRender_NextRunRendersOnlyTheRestAndEmitsEachEventOnce()
    {
        await using var site = await FakeDetailSite.StartAsync();
        var postings = Enumerable.Range(1, 10).Select(ScriptedAdapter.Posting).ToList();
        var adapter = new ScriptedAdapter(site.Host, (session, _) =>
        {
            foreach (var posting in postings) session.Listed!(posting);
            return Task.FromResult(ScriptedAdapter.Complete(postings));
        });
        await using var harness = await StartAsync(adapter);
        var source = await RegisterAsync(harness, site);
        var runner = harness.Services.GetRequiredService<CrawlRunner>();
        using var kill = new CancellationTokenSource();
        var progress = new InlineProgress<CrawlProgress>(p =>
        {
            if (p.Phase == "details" && p.Done >= 4) kill.Cancel();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runner.RunAsync(source, progress, kill.Token));

        Assert.Empty(await harness.Store.GetPostingsAsync(source.Id, CancellationToken.None)); // nothing committed
        var kept = await harness.Store.GetRecentSnapshotsAsync(source.Id, DateTimeOffset.UtcNow.AddDays(-1), CancellationToken.None);
        Assert.InRange(kept.Count, 4, 9);
        var servedBefore = site.Served;

        var outcome = await runner.RunAsync(source, null, CancellationToken.None);

        Assert.True(outcome.Run.Status == RunStatus.Complete, string.Join("; ", outcome.Run.Errors));
        Assert.Equal(postings.Count - kept.Count, site.Served - servedBefore);
        Assert.All(kept.Keys, key => Assert.False(site.ServedById.GetValueOrDefault(key.Split(':')[1]) > 1, key + " rendered twice"));
        var stored = await harness.Store.GetPostingsAsync(source.Id, CancellationToken.None);
        Assert.Equal(10, stored.Count);
        Assert.All(kept, k => Assert.Equal(k.Value.Id, stored[k.Key].SnapshotId));
        Assert.All(stored.Values, p => Assert.NotNull(p.SnapshotId));
        var events = await harness.Store.ListEventsAsync(new EventQuery { Limit = 1000 }, CancellationToken.None);
        Assert.Equal(10, events.Count);
        Assert.All(events, e => Assert.Equal(ChangeKind.Appeared, e.Kind));
        Assert.Equal(10, events.Select(e => e.PostingKey).Distinct().Count());
    }

    private static double Gauge(string exposition, string name) =>
        double.Parse(Regex.Match(exposition, $@"(?m)^{name} (\S+)$").Groups[1].Value, CultureInfo.InvariantCulture);

    private Task<LabCrawlHarness> StartAsync(ScriptedAdapter adapter) =>
        LabCrawlHarness.StartAsync(fixture.Browser, NoLab, configureServices: services => services.AddSingleton<IPortalAdapter>(adapter));

    private static async Task<SourceDefinition> RegisterAsync(LabCrawlHarness harness, FakeDetailSite site)
    {
        var source = ScriptedAdapter.Source(site.Host);
        await harness.Store.UpsertSourcesAsync([source], CancellationToken.None);
        return source;
    }
}
