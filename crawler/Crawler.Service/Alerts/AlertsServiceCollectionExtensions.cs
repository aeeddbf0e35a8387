using Crawler.Storage;
using Crawler.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace Crawler.Alerts;

/// <summary>Registers alerting: validated options, the delivery pipeline, the webhook client, sinks, state store, dispatcher.</summary>
public static class AlertsServiceCollectionExtensions
{
    public static IServiceCollection AddAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AlertOptions>().Bind(configuration.GetSection(AlertOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<AlertOptions>, AlertOptionsValidator>();
        services.AddAlertPipelines();
        // No HttpClient logging: its messages carry the request URI, and webhook URLs are secrets. Timeouts come from the pipeline.
        services.AddHttpClient(WebhookAlertSink.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();
        services.AddSingleton<AlertSinks>();
        services.AddSingleton<AlertSender>();
        services.AddSingleton<AlertDispatcher>();
        services.AddSingleton<DeadLetterRedelivery>();
        var provider = configuration.GetSection(StorageServiceCollectionExtensions.SectionName)["Provider"] ?? "sqlite";
        if (provider.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IAlertStateStore>(sp => new SqliteAlertStateStore(sp.GetRequiredService<IOptions<SqliteStoreOptions>>().Value));
        }

        return services;
    }
}
