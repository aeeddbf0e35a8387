using System.Text.Json.Nodes;
using Crawler.Browsing;
using Crawler.Portals.Atsx;
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
    public async Task DetailPage_ScriptInPostingText_IsCapturedVerbatimAndNeverRuns()
    {
        const string hostile = "<script>alert('posting')</script><img src=x onerror=\"alert('img')\"> 负责推理优化";
        await using var browser = new FaultBrowser();
        await using (var lab = await Crawler.Lab.LabHost.StartAsync(FaultLab.Options(Site, 3)))
        {
            var site = lab.Site(Site);
            var posting = site.GroundTruth()[0];
            var context = await browser.Host.NewContextAsync(new HostAllowList([site.EntryUrl.Host]), CancellationToken.None);
            // The portal answers with hostile text in the description, as a compromised or careless portal could.
            await context.RouteAsync("**/api/v1/job/posts/*", async route =>
            {
                var response = await route.FetchAsync();
                var body = JsonNode.Parse(await response.TextAsync())!;
                body["data"]!["job_post_detail"]!["description"] = hostile;
                await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = body.ToJsonString() });
            });
            var page = await context.NewPageAsync();
            var dialogs = new List<string>();
            page.Dialog += (_, d) =>
            {
                dialogs.Add(d.Message);
                _ = d.DismissAsync();
            };

            await page.GotoAsync(AtsxPostingParser.DetailUrl(site.EntryUrl, posting.Id).ToString());
            // The detail's DOM names change per lab seed: the posting is found by its title, as the crawler finds it.
            await page.GetByText(posting.Title, new PageGetByTextOptions { Exact = true }).First.WaitForAsync();
            var text = await page.Locator("body").InnerTextAsync();

            Assert.Contains(hostile, text, StringComparison.Ordinal);
            Assert.Empty(dialogs);
            await context.CloseAsync();
        }

        await browser.CloseAndAssertNoLeftoversAsync();
    }
}
