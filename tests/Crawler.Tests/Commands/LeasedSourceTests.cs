using Crawler.Commands;
using Crawler.Tests.Support;

namespace Crawler.Tests.Commands;

/// <summary>A crawl right after a killed worker finds the source leased: it says by whom, until when, and how to take it over.</summary>
public sealed class LeasedSourceTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Delete();

    [Fact]
    public async Task Crawl_SourceLeasedByKilledWorker_NamesWorkerUntilAndReleaseThenReleaseTakesItOver()
    {
        var sources = _dir.File("s.json");
        await File.WriteAllTextAsync(sources, LeasedSource.SourcesJson);
        var database = _dir.File("c.db");
        var now = new DateTimeOffset(2099, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var store = await LeasedSource.CreateAsync(database, "ghost-7", now);

        var (crawlExit, crawlError) = await CrawlerInvocation.RunAsync("crawl", "--sources", sources, "--db", database, "--log-format", "json");

        Assert.Equal(ExitCodes.RunFailed, crawlExit);
        Assert.Contains("a: leased by worker 'ghost-7' until 2099-01-02 03:14:05 UTC.", crawlError, StringComparison.Ordinal);
        Assert.Contains("'crawler sources release a'", crawlError, StringComparison.Ordinal);

        var (releaseExit, _) = await CrawlerInvocation.RunAsync("sources", "release", "a", "--sources", sources, "--db", database, "--log-format", "json");

        Assert.Equal(ExitCodes.Ok, releaseExit);
        var state = Assert.Single(await store.ListSourceStatesAsync(CancellationToken.None));
        Assert.Null(state.LeaseHolder);
        Assert.True(await store.TryAcquireLeaseAsync("a", "me", TimeSpan.FromMinutes(1), now, CancellationToken.None));
    }

    [Fact]
    public async Task Crawl_AlertSinkSecretUnset_CrawlsAnywayWhileDeliveryNamesTheVariable()
    {
        var variable = "CRAWLER_TEST_UNSET_" + Guid.NewGuid().ToString("N");
        var config = _dir.File("s.json");
        await File.WriteAllTextAsync(config, LeasedSource.SourcesJson.TrimEnd('}') +
            $$""", "Alerts": { "Sinks": [ { "name": "hook", "type": "webhook", "url": "env:{{variable}}" } ] } }""");
        var database = _dir.File("e.db");
        await LeasedSource.CreateAsync(database, "ghost-8", DateTimeOffset.UtcNow);

        var (crawlExit, crawlError) = await CrawlerInvocation.RunAsync("crawl", "--sources", config, "--db", database, "--log-format", "json");
        var (deliverExit, deliverError) = await CrawlerInvocation.RunAsync("alerts", "deliver", "--sources", config, "--db", database, "--log-format", "json");

        Assert.Equal(ExitCodes.RunFailed, crawlExit);
        Assert.Contains("leased by worker 'ghost-8'", crawlError, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, deliverExit);
        Assert.Contains($"'hook': Url refers to environment variable {variable}, which is not set.", deliverError, StringComparison.Ordinal);
    }
}
