using Crawler.Storage;
using Crawler.Storage.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Crawler.Tests.Storage.Sqlite;

/// <summary>The store contract against a fresh SQLite file per test; the second worker opens the same file.</summary>
public sealed class SqliteStoreContractTests : StoreContractTests
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "crawler-tests", Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_directory, "crawler.db");

    protected override Task<ICrawlStore> CreateStoreAsync() => Task.FromResult<ICrawlStore>(Open());

    protected override Task<ICrawlStore?> CreateSecondStoreOnSameDatabaseAsync() => Task.FromResult<ICrawlStore?>(Open());

    protected override Task DropDatabaseAsync()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }

        return Task.CompletedTask;
    }

    private SqliteCrawlStore Open() =>
        new(new SqliteStoreOptions { Path = DatabasePath }, new FakeTimeProvider(Support.StoreTestData.T0));
}
