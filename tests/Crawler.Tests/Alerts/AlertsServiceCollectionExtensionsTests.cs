using Crawler.Alerts;
using Crawler.Hosting;
using Crawler.Storage;
using Crawler.Storage.Mongo;
using Crawler.Storage.Sqlite;
using Crawler.Tests.Storage.Mongo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Crawler.Tests.Alerts;

public sealed class AlertsServiceCollectionExtensionsTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task AddCrawler_MongoProvider_AlertStateOnMongoInTheConfiguredDatabase()
    {
        await using var database = await MongoTestDatabase.CreateAsync();
        await using var services = Build(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "mongodb",
            ["Storage:Mongo:ConnectionString"] = database.Options().ConnectionString,
            ["Storage:Mongo:Database"] = database.Name,
        });

        // What `crawler run` needs at start-up: the dispatcher and its state store resolve.
        _ = services.GetRequiredService<AlertDispatcher>();
        var state = Assert.IsType<MongoAlertStateStore>(services.GetRequiredService<IAlertStateStore>());
        await state.InitializeAsync(Ct);
        await state.SaveCursorAsync(new AlertCursor { Sink = "hook", Position = 42, UpdatedAt = Support.StoreTestData.T0 }, [], Ct);

        using var inspector = database.InspectorClient();
        var cursor = await inspector.GetDatabase(database.Name).GetCollection<BsonDocument>("alert_cursors")
            .Find(new BsonDocument("_id", "hook")).SingleAsync();
        Assert.Equal(42L, cursor["position"].AsInt64);
    }

    [Fact]
    public async Task AddCrawler_DefaultProvider_AlertStateOnSqlite()
    {
        await using var services = Build(new Dictionary<string, string?>
        {
            ["Storage:Sqlite:Path"] = Path.Combine(Path.GetTempPath(), "crawler-tests", Guid.NewGuid().ToString("N"), "crawler.db"),
        });

        Assert.IsType<SqliteAlertStateStore>(services.GetRequiredService<IAlertStateStore>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddCrawler(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
