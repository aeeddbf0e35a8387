using Crawler.Storage.Sqlite;
using Crawler.Tests.Support;

namespace Crawler.Tests.Storage.Sqlite;

/// <summary>A store opened read-only (the reading verbs) reads what a writer stored and can change nothing.</summary>
public sealed class SqliteReadOnlyTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Delete();

    [Fact]
    public async Task InitializeAsync_ReadOnlyOverWrittenStore_ReadsSourcesButRefusesWrites()
    {
        var path = _dir.File("crawler.db");
        var writer = new SqliteCrawlStore(new SqliteStoreOptions { Path = path }, TimeProvider.System);
        await writer.InitializeAsync(CancellationToken.None);
        await writer.UpsertSourcesAsync([StoreTestData.Source("a")], CancellationToken.None);
        var reader = new SqliteCrawlStore(new SqliteStoreOptions { Path = path, ReadOnly = true }, TimeProvider.System);

        await reader.InitializeAsync(CancellationToken.None);

        Assert.Equal("a", Assert.Single(await reader.ListSourceStatesAsync(CancellationToken.None)).SourceId);
        var refused = await Assert.ThrowsAsync<SqliteStoreException>(() => reader.UpsertSourcesAsync([StoreTestData.Source("b")], CancellationToken.None));
        Assert.Contains("readonly", refused.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task InitializeAsync_ReadOnlyOnEmptyFile_SaysNoCrawlerTablesAndCreatesNone()
    {
        var path = _dir.File("empty.db");
        await File.WriteAllBytesAsync(path, []);
        var reader = new SqliteCrawlStore(new SqliteStoreOptions { Path = path, ReadOnly = true }, TimeProvider.System);

        var error = await Assert.ThrowsAsync<SqliteStoreException>(() => reader.InitializeAsync(CancellationToken.None));

        Assert.Contains("holds no crawler tables", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, new FileInfo(path).Length);
    }
}
