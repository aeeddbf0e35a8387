using System.Net;
using Crawler.Browsing;
using Crawler.Lab.Generation;
using Crawler.Model;
using Crawler.Snapshots;
using Crawler.Storage;
using Crawler.Tests.Support;
using Microsoft.Playwright;

namespace Crawler.Tests.Faults;

/// <summary>
/// What a crawl's browser context may do: reach only the source's hosts (plus loopback for the lab), and render
/// hostile posting text as text without running it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserBoundaryTests
{
    private const string Site = "minimax-social";

    [Fact]
    public async Task NewContext_RequestToAHostOutsideTheSource_IsAbortedByTheCrawler()
    {
        await using var browser = new FaultBrowser();
        await using (var lab = await Crawler.Lab.LabHost.StartAsync(FaultLab.Options(Site, 3)))
        {
            var entry = lab.Site(Site).EntryUrl;
            var context = await browser.Host.NewContextAsync(new HostAllowList([entry.Host]), CancellationToken.None);
            var page = await context.NewPageAsync();
            var failures = new List<string>();
            page.RequestFailed += (_, r) => failures.Add(r.Url + " " + r.Failure);
            await page.GotoAsync(entry.ToString());

            var fetched = await page.EvaluateAsync<string>("() => fetch('http://collector.example.net/x').then(() => 'sent', e => 'failed')");
            var navigation = await Assert.ThrowsAsync<PlaywrightException>(() => page.GotoAsync("http://collector.example.net/redirected"));

            Assert.Equal("failed", fetched);
            Assert.Contains(failures, f => f.StartsWith("http://collector.example.net/x", StringComparison.Ordinal) && f.Contains("ERR_BLOCKED_BY_CLIENT", StringComparison.Ordinal));
            Assert.Contains("ERR_BLOCKED_BY_CLIENT", navigation.Message, StringComparison.Ordinal);
            await context.CloseAsync();
        }

        await browser.CloseAndAssertNoLeftoversAsync();
    }

    [Fact]
    public async Task Crawl_ScriptInPostingText_IsStoredAndSnapshottedAsTextNeverAsMarkup()
    {
        await using var browser = new FaultBrowser();
        // Seed 2 gives this site postings whose text carries the lab's hostile fragments
        // ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", ...), as a careless portal could.
        await using (var harness = await LabCrawlHarness.StartAsync(browser.Host, FaultLab.Options(Site, 12) with { Seed = 2 }))
        {
            var source = harness.Source(Site);
            var hostile = harness.Lab.Site(Site).GroundTruth()
                .SelectMany(p => TextFragments.Hostile.Where(f => $"{p.Description}\n{p.Requirement}".Contains(f, StringComparison.Ordinal)).Select(f => (Posting: p, Fragment: f)))
                .ToList();
            Assert.NotEmpty(hostile);

            var outcome = await harness.CrawlAsync(source);

            Assert.Equal(RunStatus.Complete, outcome.Run.Status);
            var stored = await harness.ActivePostingsAsync(Site);
            foreach (var (posting, fragment) in hostile)
            {
                var actual = stored[Site + ":" + posting.Id];
                Assert.Equal(posting.Description, actual.Posting.Description);
                var snapshot = await harness.Store.GetSnapshotAsync(actual.SnapshotId!, CancellationToken.None);
                Assert.NotNull(snapshot);
                // Markup would leave the page's text (innerText holds no tags) and appear as an element in its HTML;
                // shown as text, it is in the text and only escaped in the HTML, so it never ran in the renderer.
                Assert.Contains(fragment, snapshot.Text, StringComparison.Ordinal);
                var html = SnapshotFactory.Decompress(snapshot.CompressedHtml);
                Assert.DoesNotContain(fragment, html, StringComparison.Ordinal);
                Assert.Contains(WebUtility.HtmlEncode(fragment).Replace("&quot;", "\"", StringComparison.Ordinal).Replace("&#39;", "'", StringComparison.Ordinal), html, StringComparison.Ordinal);
            }
        }

        await browser.CloseAndAssertNoLeftoversAsync();
    }
}
