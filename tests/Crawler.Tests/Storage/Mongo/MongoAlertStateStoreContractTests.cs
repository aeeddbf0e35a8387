using Crawler.Storage;
using Crawler.Storage.Mongo;

namespace Crawler.Tests.Storage.Mongo;

/// <summary>
/// The alert-state contract against MongoDB: the real server in <c>MONGODB_URI</c> when set, otherwise the
/// strict wire test server. A restart opens a store with its own MongoClient on the same database.
/// </summary>
public sealed class MongoAlertStateStoreContractTests : AlertStateStoreContractTests
{
    private MongoTestDatabase? _database;
    private int _opened;

    protected override async Task<IAlertStateStore> OpenStoreAsync()
    {
        _database ??= await MongoTestDatabase.CreateAsync();
        return new MongoAlertStateStore(_database.Options($"worker-{++_opened}"));
    }

    protected override async Task DropDatabaseAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
