using Crawler.Storage;

namespace Crawler.Tests.Storage.Mongo;

/// <summary>
/// The store contract against MongoDB: the real server in <c>MONGODB_URI</c> when set, otherwise the strict
/// wire test server. The second worker has its own MongoClient (own connection pool) on the same database.
/// </summary>
public sealed class MongoStoreContractTests : StoreContractTests
{
    private MongoTestDatabase? _database;

    protected override async Task<ICrawlStore> CreateStoreAsync()
    {
        _database = await MongoTestDatabase.CreateAsync();
        return _database.CreateStore("worker-a");
    }

    protected override Task<ICrawlStore?> CreateSecondStoreOnSameDatabaseAsync() =>
        Task.FromResult<ICrawlStore?>(_database!.CreateStore("worker-b"));

    protected override async Task DropDatabaseAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
