using Crawler.Crawling;
using Crawler.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crawler.Tests.Hosting;

/// <summary>Every options class the service binds from configuration is validated, and validated at start-up.</summary>
public sealed class OptionsRegistrationTests
{
    /// <summary>The services of <c>crawler run</c> (AddCrawler + AddCrawlWorker) on the given store provider.</summary>
    private static ServiceCollection Compose(string provider)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["Storage:Mongo:ConnectionString"] = "mongodb://127.0.0.1:1",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(config);
        services.AddCrawler(config);
        services.AddCrawlWorker(config);
        return services;
    }

    /// <summary>Options types of this service bound from a configuration section (Bind registers a change token source per type).</summary>
    private static List<Type> BoundOptionsTypes(ServiceCollection services) =>
        [.. services.Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IOptionsChangeTokenSource<>))
            .Select(d => d.ServiceType.GetGenericArguments()[0])
            .Where(t => t.Assembly == typeof(CrawlerOptions).Assembly)
            .Distinct()];

    [Theory]
    [InlineData("sqlite", "SqliteStoreOptions")]
    [InlineData("mongodb", "MongoStoreOptions")]
    public void AddCrawler_EveryBoundOptionsType_HasAValidatorRunAtStartUp(string provider, string storeOptions)
    {
        var services = Compose(provider);
        var bound = BoundOptionsTypes(services);

        Assert.Contains(storeOptions, bound.Select(t => t.Name));
        Assert.Superset(
            new HashSet<string> { "CrawlerOptions", "ResilienceOptions", "BrowserOptions", "DetailOptions", "PolitenessOptions", "DiagnosticsOptions", "AlertOptions" },
            bound.Select(t => t.Name).ToHashSet());
        var unvalidated = bound.Where(t => !services.Any(d => d.ServiceType == typeof(IValidateOptions<>).MakeGenericType(t))).Select(t => t.Name);
        Assert.Empty(unvalidated);
        var notAtStart = bound.Except(ValidatedOnStart(services)).Select(t => t.Name);
        Assert.Empty(notAtStart);
    }

    /// <summary>
    /// The options types ValidateOnStart registered: each adds a configuration of the host's internal startup
    /// validator options that depends on <c>IOptionsMonitor&lt;T&gt;</c>.
    /// </summary>
    private static IEnumerable<Type> ValidatedOnStart(ServiceCollection services)
    {
        var startup = typeof(IStartupValidator).Assembly.GetType("Microsoft.Extensions.Options.StartupValidatorOptions", throwOnError: true)!;
        using var provider = services.BuildServiceProvider();
        var configures = (IEnumerable<object>)provider.GetServices(typeof(IConfigureOptions<>).MakeGenericType(startup));
        return configures.Select(c => c.GetType())
            .Where(t => t.IsGenericType && t.GetGenericArguments().Length == 2)
            .Select(t => t.GetGenericArguments()[1])
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IOptionsMonitor<>))
            .Select(t => t.GetGenericArguments()[0])
            .ToList();
    }

    [Fact]
    public void AddCrawlWorker_DrainTimeoutNotBelowHostShutdownTimeout_FailsNamingBoth()
    {
        using var provider = WorkerServices(drain: "00:00:40", shutdown: "00:00:30");

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CrawlerOptions>>().Value);

        Assert.Contains("Crawler:DrainTimeout (00:00:40) must be shorter than Host:ShutdownTimeout (00:00:30).", error.Failures);
    }

    [Fact]
    public void AddCrawlWorker_DrainTimeoutBelowHostShutdownTimeout_Accepted()
    {
        using var provider = WorkerServices(drain: "00:00:29", shutdown: "00:00:30");

        Assert.Equal(TimeSpan.FromSeconds(29), provider.GetRequiredService<IOptions<CrawlerOptions>>().Value.DrainTimeout);
    }

    /// <summary>The worker's services with this drain timeout and host shutdown timeout.</summary>
    private static ServiceProvider WorkerServices(string drain, string shutdown)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Crawler:DrainTimeout"] = drain,
            ["Host:ShutdownTimeout"] = shutdown,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCrawler(config);
        services.AddCrawlWorker(config);
        return services.BuildServiceProvider();
    }
}
