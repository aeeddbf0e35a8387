using Crawler.Browsing;
using Crawler.Crawling;
using Crawler.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Crawler.Hosting;

/// <summary>The worker's crawls through <see cref="CrawlRunner"/> and the process's browser.</summary>
public sealed partial class RunnerSourceCrawler(CrawlRunner runner, BrowserHost browser, ILogger<RunnerSourceCrawler> logger) : ISourceCrawler
{
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        try
        {
            await browser.WarmUpAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is PlaywrightException or InvalidOperationException or TimeoutException or IOException)
        {
            // Readiness reports it; every crawl tries to launch again.
            LogWarmUpFailed(ex.Message);
        }
    }

    public Task<CrawlOutcome> CrawlAsync(SourceDefinition source, CancellationToken cancellationToken) =>
        runner.RunAsync(source, null, onlyIfDue: true, cancellationToken);

    [LoggerMessage(EventId = 5010, Level = LogLevel.Error, Message = "The browser could not be launched: {Reason}")]
    private partial void LogWarmUpFailed(string reason);
}
