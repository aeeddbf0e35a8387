using Crawler.Analysis.Reporting;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Crawler.Tests.Analysis.Reporting;

/// <summary>Opens the HTML report in headless Chromium: charts drawn, no script errors, no network.</summary>
[Collection(Crawler.Tests.Support.BrowserCollection.Name)]
[Trait("Category", "Integration")]
public sealed class HtmlReportBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Render_OpenedInChromium_ChartsAndTableVisibleWithoutErrors()
    {
        var report = ReportRendererTests.HostileReport();
        var file = Path.Combine(Path.GetTempPath(), $"study-report-{Guid.NewGuid():N}.html");
        var screenshot = Path.ChangeExtension(file, ".png");
        await File.WriteAllTextAsync(file, new HtmlReportRenderer().Render(report));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            ],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1024, Height = 800 } });
        var errors = new List<string>();
        var requests = new List<string>();
        page.PageError += (_, error) => errors.Add($"page error: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                errors.Add($"console {message.Type}: {message.Text}");
            }
        };
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GotoAsync(new Uri(file).AbsoluteUri);

        Assert.Equal(report.Experience.Count(e => e.StudyMean is not null), await page.Locator("#experience-chart rect.bar").CountAsync());
        Assert.Equal(report.Cities.Cities.Count, await page.Locator("#city-chart rect.bar").CountAsync());
        Assert.Equal(8, await page.Locator("#area-table tbody tr").CountAsync());
        var widest = await page.Locator("#experience-chart rect.bar").First.BoundingBoxAsync();
        Assert.True(widest is { Width: > 0, Height: > 0 }, "experience bars are not drawn");
        Assert.Equal(0, await page.Locator("script").CountAsync());
        Assert.Equal(ReportRendererTests.HostileFirm, await page.Locator("#area-table thead th").Nth(3).InnerTextAsync());
        Assert.True(await page.Locator("#area-table td.yes").CountAsync() > 0);

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine($"screenshot: {screenshot}");
        Assert.True(new FileInfo(screenshot).Length > 0);
        Assert.Empty(errors);
        Assert.Equal([new Uri(file).AbsoluteUri], requests);
        File.Delete(file);
        File.Delete(screenshot);
    }
}
