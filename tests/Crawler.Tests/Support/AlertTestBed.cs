using System.Text;
using Crawler.Alerts;
using Crawler.Model;
using Crawler.Storage;
using Crawler.Tests.Storage.Mongo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crawler.Tests.Support;

/// <summary>
/// Alerting composed as the service composes it (AddCrawlStore + AddAlerts from configuration) on a temp
/// SQLite file (or, with <see cref="CreateOnMongoAsync"/>, a test MongoDB database), with captured logs. The <c>Alerts</c> section comes from JSON, as an operator writes it; fast
/// retry defaults (10 ms backoff, 5 s request timeout: a loaded CI box is slow) sit underneath. <see cref="RestartAsync"/> simulates a
/// process restart on the same database.
/// </summary>
public sealed class AlertTestBed : IAsyncDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "crawler-tests", "alerts-" + Guid.NewGuid().ToString("N"));
    private readonly string _alertsJson;
    private MongoTestDatabase? _mongo;
    private ServiceProvider _services = null!;
    private int _runs;

    private AlertTestBed(string alertsJson) => _alertsJson = alertsJson;

    public string DatabasePath => Path.Combine(_directory, "crawler.db");

    public string Directory => _directory;

    public CapturingLoggerProvider Logs { get; } = new();

    public IServiceProvider Services => _services;

    public ICrawlStore Store => _services.GetRequiredService<ICrawlStore>();

    public IAlertStateStore State => _services.GetRequiredService<IAlertStateStore>();

    public AlertDispatcher Dispatcher => _services.GetRequiredService<AlertDispatcher>();

    public DeadLetterRedelivery Redelivery => _services.GetRequiredService<DeadLetterRedelivery>();

    /// <param name="alertsJson">The value of the <c>Alerts</c> section, as JSON.</param>
    public static async Task<AlertTestBed> CreateAsync(string alertsJson)
    {
        var bed = new AlertTestBed(alertsJson);
        System.IO.Directory.CreateDirectory(bed._directory);
        bed._services = bed.Build();
        await bed.Store.InitializeAsync(CancellationToken.None);
        await bed.State.InitializeAsync(CancellationToken.None);
        return bed;
    }

    /// <summary>The same bed with <c>Storage:Provider=mongodb</c> on a fresh <see cref="MongoTestDatabase"/>.</summary>
    public static async Task<AlertTestBed> CreateOnMongoAsync(string alertsJson)
    {
        var bed = new AlertTestBed(alertsJson) { _mongo = await MongoTestDatabase.CreateAsync() };
        bed._services = bed.Build();
        await bed.Store.InitializeAsync(CancellationToken.None);
        await bed.State.InitializeAsync(CancellationToken.None);
        return bed;
    }

    /// <summary>A new process on the same database: new dispatcher, caches and HTTP clients.</summary>
    public async Task RestartAsync()
    {
        await _services.DisposeAsync();
        _services = Build();
    }

    /// <summary>Commits a complete run of a source with one event per posting; returns the events as stored (with sequences).</summary>
    public async Task<IReadOnlyList<ChangeEvent>> CommitRunAsync(string sourceId, string company, params SeedPosting[] seeds)
    {
        var runId = $"{sourceId}-run-{++_runs}";
        await Store.UpsertSourcesAsync([StoreTestData.Source(sourceId, company)], CancellationToken.None);
        var postings = seeds.Select(s =>
        {
            var posting = StoreTestData.Posting(sourceId, s.PortalId, company);
            return posting with
            {
                EventCount = s.EventCount,
                Posting = posting.Posting with { Title = s.Title, Cities = s.Cities, Track = s.Track, Description = s.Description ?? posting.Posting.Description },
                Derived = posting.Derived! with { AreaTags = s.AreaTags, Cities = s.Cities },
            };
        }).ToList();
        var events = postings.Zip(seeds, (p, s) => StoreTestData.Event(p, s.Kind, runId, StoreTestData.T0.AddMinutes(_runs))).ToList();
        var run = StoreTestData.Run(sourceId, runId, StoreTestData.T0.AddMinutes(_runs));
        await Store.StartRunAsync(run, CancellationToken.None);
        await Store.CommitRunAsync(new RunCommit(StoreTestData.Finished(run, StoreTestData.T0.AddMinutes(_runs + 1)), postings, events), CancellationToken.None);
        var stored = await Store.ListEventsAsync(new EventQuery { RunId = runId, Limit = 100_000 }, CancellationToken.None);
        return stored;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_mongo is not null) await _mongo.DisposeAsync();
        if (System.IO.Directory.Exists(_directory)) System.IO.Directory.Delete(_directory, recursive: true);
    }

    private ServiceProvider Build()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Sqlite:Path"] = DatabasePath,
            ["Alerts:MaxRetries"] = "3",
            ["Alerts:BaseDelay"] = "00:00:00.010",
            ["Alerts:RequestTimeout"] = "00:00:05",
        };
        if (_mongo is not null)
        {
            settings["Storage:Provider"] = "mongodb";
            settings["Storage:Mongo:ConnectionString"] = _mongo.Options().ConnectionString;
            settings["Storage:Mongo:Database"] = _mongo.Name;
        }

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings)
            .AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes($$"""{ "Alerts": {{_alertsJson}} }""")))
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        services.AddCrawlStore(configuration);
        services.AddAlerts(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
