using Crawler.Crawling;
using Crawler.Diagnostics;
using Crawler.Hosting;
using Crawler.Storage;
using Crawler.Storage.Sqlite;
using Crawler.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crawler.Tests.Storage;

/// <summary>
/// A class asks for the store concern it uses (<see cref="ISourceStore"/>, <see cref="IRunStore"/>, ...); every one
/// of them is the one store of the process, so a lease taken through one is seen through the others.
/// </summary>
public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Delete();

    /// <summary>Every concern <see cref="ICrawlStore"/> is made of, so a new one cannot be left unregistered.</summary>
    private static IEnumerable<Type> Concerns() =>
        typeof(ICrawlStore).GetInterfaces().Where(t => t.Namespace == typeof(ICrawlStore).Namespace);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("mongodb")]
    public async Task AddCrawler_EveryStoreConcern_ResolvesToTheOneStoreSingleton(string provider)
    {
        await using var services = Compose(provider).BuildServiceProvider();
        var store = services.GetRequiredService<ICrawlStore>();

        Assert.Equal(
            ["IEventLog", "ILeaseStore", "IPostingStore", "IRunStore", "ISnapshotStore", "ISourceStore"],
            Concerns().Select(t => t.Name).Order(StringComparer.Ordinal));
        foreach (var concern in Concerns()) Assert.Same(store, services.GetRequiredService(concern));
    }

    [Fact]
    public async Task AddCrawler_ConsumersOfOneConcern_AreComposed()
    {
        await using var services = Compose("sqlite").BuildServiceProvider();

        Assert.NotNull(services.GetRequiredService<RunCommitter>());
        Assert.NotNull(services.GetRequiredService<RunProgressRecorder>());
        Assert.NotNull(services.GetRequiredService<ReadinessProbe>());
    }

    [Fact]
    public async Task AddStoreConcerns_StoreReplacedAfterwards_EveryConcernIsTheReplacement()
    {
        var collection = Compose("sqlite");
        await using var replacement = new SqliteCrawlStore(new SqliteStoreOptions { Path = _dir.File("other.db") }, TimeProvider.System);
        collection.AddSingleton<ICrawlStore>(replacement);
        await using var services = collection.BuildServiceProvider();

        foreach (var concern in Concerns()) Assert.Same(replacement, services.GetRequiredService(concern));
    }

    private ServiceCollection Compose(string provider)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["Storage:Sqlite:Path"] = _dir.File("crawler.db"),
            ["Storage:Mongo:ConnectionString"] = "mongodb://127.0.0.1:1",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(config);
        services.AddCrawler(config);
        return services;
    }
}
