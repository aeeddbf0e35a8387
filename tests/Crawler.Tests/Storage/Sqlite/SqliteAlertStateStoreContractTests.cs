using Crawler.Storage;
using Crawler.Storage.Sqlite;

namespace Crawler.Tests.Storage.Sqlite;

/// <summary>The alert-state contract against a fresh SQLite file per test; a restart opens the same file.</summary>
public sealed class SqliteAlertStateStoreContractTests : AlertStateStoreContractTests
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "crawler-tests", Guid.NewGuid().ToString("N"));

    protected override Task<IAlertStateStore> OpenStoreAsync() =>
        Task.FromResult<IAlertStateStore>(new SqliteAlertStateStore(new SqliteStoreOptions { Path = Path.Combine(_directory, "crawler.db") }));

    protected override Task DropDatabaseAsync()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }

        return Task.CompletedTask;
    }
}
