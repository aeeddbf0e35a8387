using Crawler.Browsing;
using Crawler.Diagnostics;
using Crawler.Hosting;
using Crawler.Model;
using Crawler.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crawler.Tests.Support;

/// <summary>
/// One worker as <c>crawler run</c> composes it (AddCrawler + AddCrawlWorker) on a given SQLite file, with the
/// given sources. Given a browser it shares that Chromium; without, it launches its own (and
/// closes it when disposed). Port-0 diagnostics endpoint; politeness delay off unless configured.
/// </summary>
public sealed class WorkerHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private WorkerHarness(ServiceProvider services) => _services = services;

    public IServiceProvider Services => _services;
    public CrawlWorker Worker => _services.GetRequiredService<CrawlWorker>();
    public ICrawlStore Store => _services.GetRequiredService<ICrawlStore>();
    public DiagnosticsServer Diagnostics => _services.GetRequiredService<DiagnosticsServer>();

    public static async Task<WorkerHarness> CreateAsync(
        string databasePath, string workerId, IReadOnlyList<SourceDefinition> sources, BrowserHost? browser = null,
        IReadOnlyDictionary<string, string?>? configuration = null, Action<IServiceCollection, IConfiguration>? configure = null)
    {
        var directory = Path.GetDirectoryName(databasePath)!;
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Sqlite:Path"] = databasePath,
            ["Crawler:ErrorSnapshotDirectory"] = Path.Combine(directory, "errors"),
            ["Crawler:WorkerId"] = workerId,
            ["Crawler:PollInterval"] = "00:00:00.100",
            ["Crawler:ScheduleJitter"] = "0",
            ["Crawler:Snapshots"] = "false",
            ["Crawler:Resilience:BaseDelay"] = "00:00:00.050",
            ["Crawler:Politeness:MinDelayPerHost"] = "00:00:00",
            ["Diagnostics:Port"] = "0",
            ["browser:NavigationTimeout"] = "00:00:15",
        };
        foreach (var (key, value) in configuration ?? new Dictionary<string, string?>()) settings[key] = value;
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(config);
        services.AddCrawler(config);
        services.AddCrawlWorker(config);
        services.AddSingleton(sources);
        if (browser is not null) services.AddSingleton(browser);
        configure?.Invoke(services, config);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await provider.GetRequiredService<ICrawlStore>().InitializeAsync(CancellationToken.None);
        await provider.GetRequiredService<ICrawlStore>().UpsertSourcesAsync(sources, CancellationToken.None);
        return new WorkerHarness(provider);
    }

    /// <summary>Starts the endpoint and the worker loop, as the host does.</summary>
    public async Task StartAsync()
    {
        await Diagnostics.StartAsync(CancellationToken.None);
        await Worker.StartAsync(CancellationToken.None);
    }

    /// <summary>Stops the worker within <paramref name="deadline"/> (the host's shutdown timeout), then the endpoint.</summary>
    public async Task StopAsync(TimeSpan deadline)
    {
        using var timeout = new CancellationTokenSource(deadline);
        await Worker.StopAsync(timeout.Token);
        await Diagnostics.StopAsync(CancellationToken.None);
    }

    public async Task<IReadOnlyList<RunRecord>> RunsAsync(string? sourceId = null) =>
        await Store.ListRunsAsync(sourceId, 1000, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        if (Worker.ShutdownClean is null) await StopAsync(TimeSpan.FromSeconds(30));
        await _services.DisposeAsync();
    }
}
