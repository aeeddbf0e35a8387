using Crawler.Storage;
using Crawler.Storage.Mongo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MongoDB.Driver;

namespace Crawler.Tests.Storage.Mongo;

public sealed class MongoStoreServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddMongoCrawlStore_Configured_OneClientPerProcessAndBoundOptions()
    {
        await using var provider = Provider(new Dictionary<string, string?>
        {
            ["Storage:Mongo:ConnectionString"] = "mongodb://127.0.0.1:1/?directConnection=true",
            ["Storage:Mongo:Database"] = "crawler_prod",
            ["Storage:Mongo:SnapshotInlineLimitBytes"] = "2048",
        });

        var options = provider.GetRequiredService<IOptions<MongoStoreOptions>>().Value;

        Assert.Same(provider.GetRequiredService<IMongoClient>(), provider.GetRequiredService<IMongoClient>());
        Assert.IsType<MongoCrawlStore>(provider.GetRequiredService<ICrawlStore>());
        Assert.Equal("crawler_prod", options.Database);
        Assert.Equal(2048, options.SnapshotInlineLimitBytes);
    }

    [Fact]
    public async Task AddMongoCrawlStore_NoConnectionString_ValidationNamesTheSetting()
    {
        await using var provider = Provider(new Dictionary<string, string?> { ["Storage:Mongo:Database"] = "crawler" });

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MongoStoreOptions>>().Value);

        Assert.Contains("Storage:Mongo:ConnectionString is required.", ex.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddMongoCrawlStore(configuration).BuildServiceProvider();
    }
}
