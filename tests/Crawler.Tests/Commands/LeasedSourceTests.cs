using Crawler.Commands;
using Crawler.Storage;
using Crawler.Storage.Sqlite;
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
        await File.WriteAllTextAsync(sources, """{ "Sources": [ { "id": "a", "company": "A", "platform": "atsx", "entryUrl": "https://a.example/" } ] }""");
        var database = _dir.File("c.db");
        var store = new SqliteCrawlStore(new SqliteStoreOptions { Path = database }, TimeProvider.System);
        await store.InitializeAsync(CancellationToken.None);
        await store.UpsertSourcesAsync([StoreTestData.Source("a", "A")], CancellationToken.None);
        var now = new DateTimeOffset(2099, 1, 2, 3, 4, 5, TimeSpan.Zero);
        Assert.True(await store.TryAcquireLeaseAsync("a", "ghost-7", TimeSpan.FromMinutes(10), now, CancellationToken.None));

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
}
