using Crawler.Browsing;
using Crawler.Configuration;
using Crawler.Crawling;
using Crawler.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Crawler.Hosting;

/// <summary>Registers what keeps a worker observable and polite (metrics, host gate) and the <c>run</c> worker itself.</summary>
public static class OperationsServiceCollectionExtensions
{
    /// <summary>Metrics, the exporter, readiness and the politeness gate; part of every composition (<see cref="CrawlerServiceCollectionExtensions.AddCrawler"/>).</summary>
    public static IServiceCollection AddCrawlerOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PolitenessOptions>().Bind(configuration.GetSection(PolitenessOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PolitenessOptions>, PolitenessOptionsValidator>();
        services.AddOptions<DiagnosticsOptions>().Bind(configuration.GetSection(DiagnosticsOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiagnosticsOptions>, DiagnosticsOptionsAnnotationsValidator>();
        services.AddSingleton<IValidateOptions<DiagnosticsOptions>, DiagnosticsOptionsValidator>();
        services.AddSingleton<CrawlerMetrics>();
        services.AddSingleton<IBrowserObserver>(sp => sp.GetRequiredService<CrawlerMetrics>());
        services.AddSingleton<PrometheusExporter>();
        services.AddSingleton<StoreGauges>();
        services.AddSingleton<HostGate>();
        services.AddSingleton<ReadinessProbe>();
        return services;
    }

    /// <summary>
    /// The long-lived worker of <c>crawler run</c>: the validated sources, the worker, the health/metrics endpoint,
    /// and the shutdown deadline from <c>Host:ShutdownTimeout</c> (default 30 s).
    /// </summary>
    public static IServiceCollection AddCrawlWorker(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp => SourceCatalog.Load(sp));
        services.AddSingleton<ISourceCrawler, RunnerSourceCrawler>();
        services.AddSingleton<CrawlWorker>();
        services.AddSingleton<DiagnosticsServer>();
        services.AddHostedService(sp => sp.GetRequiredService<DiagnosticsServer>());
        services.AddHostedService(sp => sp.GetRequiredService<CrawlWorker>());
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        services.Configure<HostOptions>(configuration.GetSection("Host"));
        services.AddSingleton<IValidateOptions<CrawlerOptions>, DrainTimeoutValidator>();
        return services;
    }
}
