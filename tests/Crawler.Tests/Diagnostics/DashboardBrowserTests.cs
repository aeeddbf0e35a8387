using Crawler.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Crawler.Tests.Diagnostics;

/// <summary>
/// The dashboard of <c>crawler run</c> in real Chromium: it fills itself from the JSON endpoints and keeps
/// refreshing, its filters narrow the event feed, a posting page shows versions, a diff and a sandboxed snapshot,
/// the study report is one click away,
/// and hostile portal text (a title with <c>&lt;script&gt;</c> and <c>onerror</c>, a snapshot with scripts) never runs.
/// Screenshots go to docs/img for the README.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Integration")]
public sealed class DashboardBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private WorkerHarness _worker = null!;

    public async Task InitializeAsync()
    {
        _worker = await WorkerHarness.CreateAsync(_temp.File("crawler.db"), "ops-1", [DashboardSeed.Nimbus, DashboardSeed.DeepSeek]);
        await DashboardSeed.SeedAsync(_worker.Store, DateTimeOffset.UtcNow);
        await _worker.Diagnostics.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _worker.DisposeAsync();
        _temp.Delete();
    }

    [Fact]
    public async Task Dashboard_OpenedInChromium_ShowsStateFiltersEventsAndDiffsWithoutRunningPortalHtml()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium", Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var console = new List<string>();
        page.PageError += (_, error) => console.Add("page error: " + error);
        page.Console += (_, message) => { if (message.Type is "error" or "warning") console.Add($"console {message.Type}: {message.Text} @ {message.Location}"); };

        await page.GotoAsync(_worker.Diagnostics!.Address!.AbsoluteUri);
        var nimbus = page.Locator("#sources tr[data-source=nimbus]");
        await nimbus.WaitForAsync();
        Assert.Contains(DashboardSeed.HostileCompany, await nimbus.InnerTextAsync(), StringComparison.Ordinal);
        var deepseek = page.Locator("#sources tr[data-source=deepseek]");
        Assert.Contains("running", await deepseek.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("details 12/40 (2 failed)", await deepseek.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("worker-b", await deepseek.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("#runs tr.suspect").CountAsync());
        Assert.Contains("✓ complete", await page.Locator("#runs tbody").InnerTextAsync(), StringComparison.Ordinal);
        await Wait.UntilAsync(async () => await page.Locator("#events li").CountAsync() == 3, TimeSpan.FromSeconds(10), "three events listed");
        Assert.Contains(DashboardSeed.HostileTitle, await page.Locator("#events").InnerTextAsync(), StringComparison.Ordinal);
        var refreshed = await page.Locator("#updated").InnerTextAsync();
        await Wait.UntilAsync(async () => await page.Locator("#updated").InnerTextAsync() != refreshed, TimeSpan.FromSeconds(10), "the page refreshes itself");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("dashboard.png"), FullPage = true });

        await page.SelectOptionAsync("#filters select[name=kind]", "changed");
        await Wait.UntilAsync(async () => await page.Locator("#events li").CountAsync() == 1, TimeSpan.FromSeconds(10), "only the changed event");
        Assert.Equal("changed", await page.Locator("#events li").First.GetAttributeAsync("data-kind"));
        Assert.Contains("requirement: −3年以上经验 +5年以上经验", await page.Locator("#events li").First.InnerTextAsync(), StringComparison.Ordinal);
        await page.FillAsync("#filters input[name=city]", "Shanghai");
        await Wait.UntilAsync(async () => await page.Locator("#events li").InnerTextAsync() == "no events match", TimeSpan.FromSeconds(10), "a city filter");

        await page.FillAsync("#filters input[name=city]", "");
        await page.Locator("#events li a.posting").First.WaitForAsync();
        await page.Locator("#events li a.posting").First.ClickAsync();
        await page.Locator("#versions").WaitForAsync();
        Assert.Equal(DashboardSeed.HostileTitle, await page.Locator("#title").InnerTextAsync());
        Assert.Equal(2, await page.Locator("#versions tbody tr").CountAsync());
        await page.SelectOptionAsync("#diff-form select[name=a]", "2");
        await page.SelectOptionAsync("#diff-form select[name=b]", "1");
        await page.ClickAsync("#diff-form button");
        await page.WaitForURLAsync(url => url.Contains("a=2", StringComparison.Ordinal));
        Assert.Equal(["-5年以上经验", "+3年以上经验"], await page.Locator("#diff pre.linediff span").AllInnerTextsAsync());

        var frame = page.FrameLocator("#snapshot-frame");
        Assert.Equal("", await page.Locator("#snapshot-frame").GetAttributeAsync("sandbox"));
        await page.Locator("#snapshots a").First.ClickAsync();
        await frame.Locator("h1").WaitForAsync();
        Assert.Equal("Detail page", await frame.Locator("h1").InnerTextAsync());
        Assert.Equal(0, await frame.Locator("body[data-ran]").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"), "portal HTML ran in the dashboard");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("dashboard-posting.png"), FullPage = true });

        // The study report over what the store holds, one click from the dashboard, portal text escaped.
        await page.GotoAsync(_worker.Diagnostics!.Address!.AbsoluteUri);
        await page.Locator("header a[href=report]").ClickAsync();
        await page.Locator("h1").WaitForAsync();
        Assert.StartsWith("Study report: 2 postings", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(DashboardSeed.HostileCompany, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("main script, main img[src=x]").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"), "portal text ran in the report");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("dashboard-report.png"), FullPage = true });

        foreach (var line in console) output.WriteLine(line);
        Assert.DoesNotContain(console, c => !IsSandboxAtWork(c));
    }

    /// <summary>Chromium reports the scripts it refused to run in the sandboxed snapshot: that is the protection working.</summary>
    private static bool IsSandboxAtWork(string message) =>
        message.Contains("about:srcdoc", StringComparison.Ordinal) && message.Contains("sandboxed", StringComparison.Ordinal);

    private static string Screenshot(string name)
    {
        var directory = DeployFiles.PathOf("docs/img");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, name);
    }
}
