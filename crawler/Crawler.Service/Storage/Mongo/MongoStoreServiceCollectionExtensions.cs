using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MongoDB.Driver;

namespace Crawler.Storage.Mongo;

/// <summary>Composition of the MongoDB store: options from <c>Storage:Mongo</c>, one client per process.</summary>
public static class MongoStoreServiceCollectionExtensions
{
    public const string SectionName = "Storage:Mongo";

    public static IServiceCollection AddMongoCrawlStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MongoStoreOptions>()
            .Bind(configuration.GetSection(SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MongoStoreOptions>, MongoStoreOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // One MongoClient per process: it owns the connection pool and the server monitors.
        services.TryAddSingleton<IMongoClient>(sp => MongoClientFactory.Create(sp.GetRequiredService<IOptions<MongoStoreOptions>>().Value));
        services.TryAddSingleton<ICrawlStore>(sp => new MongoCrawlStore(
            sp.GetRequiredService<IMongoClient>(),
            sp.GetRequiredService<IOptions<MongoStoreOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<MongoCrawlStore>>()));
        return services.AddStoreConcerns();
    }
}
