using Crawler.Storage.Mongo;
using Crawler.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Crawler.Storage;

/// <summary>
/// Chooses the store from <c>Storage:Provider</c>: <c>sqlite</c> (default, embedded, no server) or
/// <c>mongodb</c> (production).
/// </summary>
public static class StorageServiceCollectionExtensions
{
    public const string SectionName = "Storage";

    public static IServiceCollection AddCrawlStore(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var provider = section["Provider"] ?? "sqlite";
        switch (provider.ToLowerInvariant())
        {
            case "sqlite":
                services.AddOptions<SqliteStoreOptions>().Bind(section.GetSection("Sqlite")).ValidateOnStart();
                services.AddSingleton<IValidateOptions<SqliteStoreOptions>, SqliteStoreOptionsValidator>();
                services.AddSingleton<ICrawlStore>(sp => new SqliteCrawlStore(
                    sp.GetRequiredService<IOptions<SqliteStoreOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
                break;
            case "mongodb" or "mongo":
                services.AddMongoCrawlStore(configuration);
                break;
            default:
                throw new InvalidOperationException($"Storage:Provider '{provider}' is not known; use 'sqlite' or 'mongodb'.");
        }

        return services.AddStoreConcerns();
    }

    /// <summary>
    /// Each concern of the store (<see cref="ISourceStore"/>, <see cref="ILeaseStore"/>, ...) as the one
    /// <see cref="ICrawlStore"/> singleton, so a class asks for only what it uses. They forward to whatever
    /// <see cref="ICrawlStore"/> is registered last, so a decorated or replaced store serves every concern.
    /// </summary>
    public static IServiceCollection AddStoreConcerns(this IServiceCollection services)
    {
        services.TryAddSingleton<ISourceStore>(sp => sp.GetRequiredService<ICrawlStore>());
        services.TryAddSingleton<ILeaseStore>(sp => sp.GetRequiredService<ICrawlStore>());
        services.TryAddSingleton<IRunStore>(sp => sp.GetRequiredService<ICrawlStore>());
        services.TryAddSingleton<IPostingStore>(sp => sp.GetRequiredService<ICrawlStore>());
        services.TryAddSingleton<ISnapshotStore>(sp => sp.GetRequiredService<ICrawlStore>());
        services.TryAddSingleton<IEventLog>(sp => sp.GetRequiredService<ICrawlStore>());
        return services;
    }
}
