using Crawler.Storage;
using Crawler.Storage.Mongo;
using Crawler.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using MongoDB.Driver;

namespace Crawler.Alerts;

/// <summary>Registers alerting: validated options, the delivery pipeline, the webhook client, sinks, state store, dispatcher.</summary>
public static class AlertsServiceCollectionExtensions
{
    public static IServiceCollection AddAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AlertOptions>().Bind(configuration.GetSection(AlertOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AlertOptions>, AlertOptionsAnnotationsValidator>();
        services.AddSingleton<IValidateOptions<AlertOptions>, AlertOptionsValidator>();
        services.AddSingleton<IValidateOptions<AlertOptions>>(new AlertFilterValuesValidator(configuration));
        services.AddAlertPipelines();
        // No HttpClient logging: its messages carry the request URI, and webhook URLs are secrets. Timeouts come from the pipeline.
        services.AddHttpClient(WebhookAlertSink.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();
        services.AddSingleton<AlertSinks>();
        services.AddSingleton<AlertSender>();
        services.AddSingleton<AlertDispatcher>();
        services.AddSingleton<DeadLetterRedelivery>();
        // The same provider as the crawl store (AddCrawlStore registers its options and, for MongoDB, the one client).
        var provider = configuration.GetSection(StorageServiceCollectionExtensions.SectionName)["Provider"] ?? "sqlite";
        switch (provider.ToLowerInvariant())
        {
            case "sqlite":
                services.AddSingleton<IAlertStateStore>(sp => new SqliteAlertStateStore(sp.GetRequiredService<IOptions<SqliteStoreOptions>>().Value));
                break;
            case "mongodb" or "mongo":
                services.AddSingleton<IAlertStateStore>(sp => new MongoAlertStateStore(
                    sp.GetRequiredService<IMongoClient>(), sp.GetRequiredService<IOptions<MongoStoreOptions>>().Value));
                break;
        }

        return services;
    }
}
