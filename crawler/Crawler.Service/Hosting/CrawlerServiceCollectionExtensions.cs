using Crawler.Alerts;
using Crawler.Analysis;
using Crawler.Browsing;
using Crawler.Changes;
using Crawler.Crawling;
using Crawler.Diagnostics;
using Crawler.Portals;
using Crawler.Resilience;
using Crawler.Snapshots;
using Crawler.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crawler.Hosting;

/// <summary>Registers the crawler's parts: options (validated at start-up), browser, adapters, store, runner.</summary>
public static class CrawlerServiceCollectionExtensions
{
    public static IServiceCollection AddCrawler(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        // Every options class: DataAnnotations checked by a source-generated validator, rules across fields by a
        // hand-written one, all at start-up.
        services.AddOptions<CrawlerOptions>().Bind(configuration.GetSection(CrawlerOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CrawlerOptions>, CrawlerOptionsValidator>();
        services.AddOptions<ResilienceOptions>().Bind(configuration.GetSection(ResilienceOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ResilienceOptions>, ResilienceOptionsValidator>();
        services.AddOptions<BrowserOptions>().Bind(configuration.GetSection(BrowserOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BrowserOptions>, BrowserOptionsValidator>();
        services.AddOptions<DetailOptions>().Bind(configuration.GetSection(DetailOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DetailOptions>, DetailOptionsAnnotationsValidator>();
        services.AddSingleton<IValidateOptions<DetailOptions>, DetailOptionsValidator>();
        services.AddPortalPipelines();
        services.AddCrawlerOperations(configuration);

        services.AddSingleton<BrowserHost>();
        services.AddSingleton(sp => new ErrorSnapshotWriter(
            sp.GetRequiredService<IOptions<CrawlerOptions>>().Value.ErrorSnapshotDirectory,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ErrorSnapshotWriter>>()));
        services.AddSingleton<IErrorSnapshots>(sp => sp.GetRequiredService<ErrorSnapshotWriter>());
        services.AddSingleton<DetailRenderer>();
        services.AddSingleton<ChangeDetector>();
        services.AddPortalAdapters();
        // Analysts may point Analysis:AreaRulesPath at their own edited copy of the area rules.
        services.AddSingleton(_ => configuration["Analysis:AreaRulesPath"] is { Length: > 0 } rules
            ? new DerivedFieldsCalculator(AreaRulesLoader.Load(rules))
            : DerivedFieldsCalculator.CreateDefault());
        services.AddSingleton<RunProgressRecorder>();
        services.AddSingleton<IRunObserver>(sp => sp.GetRequiredService<RunProgressRecorder>());
        services.AddSingleton<RunWatchdog>();
        services.AddSingleton<RenderConcurrency>();
        services.AddSingleton<RunCommitter>();
        services.AddSingleton<DetailRevalidation>();
        services.AddSingleton<CrawlRunner>();
        services.AddSingleton<CrawlBatch>();
        services.AddCrawlStore(configuration);
        services.AddAlerts(configuration);
        return services;
    }
}
