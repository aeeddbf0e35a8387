using Crawler.Storage.Sqlite;

namespace Crawler.Tests.Support;

/// <summary>A SQLite store whose one source is leased by another worker, as a killed worker leaves it; a crawl of it launches no browser.</summary>
public static class LeasedSource
{
    public const string SourcesJson = """{ "Sources": [ { "id": "a", "company": "A", "platform": "atsx", "entryUrl": "https://a.example/" } ] }""";

    public static async Task<SqliteCrawlStore> CreateAsync(string database, string holder, DateTimeOffset now)
    {
        var store = new SqliteCrawlStore(new SqliteStoreOptions { Path = database }, TimeProvider.System);
        await store.InitializeAsync(CancellationToken.None);
        await store.UpsertSourcesAsync([StoreTestData.Source("a", "A")], CancellationToken.None);
        if (!await store.TryAcquireLeaseAsync("a", holder, TimeSpan.FromMinutes(10), now, CancellationToken.None)) throw new InvalidOperationException("lease not taken");
        return store;
    }
}
