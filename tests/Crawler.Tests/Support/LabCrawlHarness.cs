using Crawler.Browsing;
using Crawler.Crawling;
using Crawler.Hosting;
using Crawler.Lab;
using Crawler.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crawler.Tests.Support;

/// <summary>
/// The lab on a port-0 Kestrel server, the crawler's real composition on a temporary SQLite store, and the
/// shared Chromium. Sources are the lab's sites, exactly as a user's configuration would name them.
/// </summary>
public sealed class LabCrawlHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _directory;

    private LabCrawlHarness(LabHost lab, ServiceProvider services, string directory)
    {
        Lab = lab;
        _services = services;
        _directory = directory;
    }

    public LabHost Lab { get; }
    public ICrawlStore Store => _services.GetRequiredService<ICrawlStore>();
    public IServiceProvider Services => _services;

    public static async Task<LabCrawlHarness> StartAsync(
        BrowserHost browser, LabOptions labOptions, IReadOnlyDictionary<string, string?>? configuration = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var lab = await LabHost.StartAsync(labOptions);
        var directory = Path.Combine(Path.GetTempPath(), "crawler-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Sqlite:Path"] = Path.Combine(directory, "crawler.db"),
            ["Crawler:ErrorSnapshotDirectory"] = Path.Combine(directory, "errors"),
            ["Crawler:WorkerId"] = "test-worker",
            ["Crawler:MaxConcurrentSources"] = "2",
            ["Crawler:Resilience:BaseDelay"] = "00:00:00.050",
            ["Crawler:Resilience:MaxRetries"] = "4",
        };
        foreach (var (key, value) in configuration ?? new Dictionary<string, string?>()) settings[key] = value;
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(config);
        services.AddCrawler(config);
        services.AddSingleton(browser);
        configureServices?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await provider.GetRequiredService<ICrawlStore>().InitializeAsync(CancellationToken.None);
        return new LabCrawlHarness(lab, provider, directory);
    }

    /// <summary>A source for a lab site, as a user would configure it.</summary>
    public SourceDefinition Source(string siteId, Func<SourceDefinition, SourceDefinition>? adjust = null)
    {
        var source = LabSourceDefinitions.For(Lab, siteId, interval: TimeSpan.FromDays(1));
        return adjust is null ? source : adjust(source);
    }

    public async Task<CrawlOutcome> CrawlAsync(SourceDefinition source)
    {
        var outcomes = await _services.GetRequiredService<CrawlBatch>().RunAsync([source], null, CancellationToken.None);
        return outcomes[0];
    }

    public async Task<IReadOnlyDictionary<string, StoredPosting>> ActivePostingsAsync(string sourceId) =>
        (await Store.GetPostingsAsync(sourceId, CancellationToken.None))
            .Where(p => p.Value.Status == PostingStatus.Active).ToDictionary(p => p.Key, p => p.Value);

    /// <summary>
    /// Asserts that the source's active postings are exactly the lab site's ground truth and that the business
    /// fields every family carries (title, description, cities, category) match; returns each truth posting with
    /// what was stored, for the family's own checks (track, requirement, dates, URL shape).
    /// </summary>
    public async Task<IReadOnlyList<(LabPosting Expected, ObservedPosting Actual)>> AssertMatchesGroundTruthAsync(string sourceId)
    {
        var truth = Lab.Site(sourceId).GroundTruth();
        var stored = await ActivePostingsAsync(sourceId);
        Assert.Equal(truth.Select(t => sourceId + ":" + t.Id).Order(), stored.Keys.Order());
        return [.. truth.Select(expected =>
        {
            var actual = stored[sourceId + ":" + expected.Id].Posting;
            Assert.Equal(expected.Title, actual.Title);
            Assert.Equal(expected.Description, actual.Description);
            Assert.Equal(expected.Cities, actual.Cities);
            Assert.Equal(expected.CategoryPath, actual.Category);
            return (expected, actual);
        })];
    }

    /// <summary>Asserts that every active posting has a stored snapshot holding its title, whose HTML contains <paramref name="htmlMarker"/>.</summary>
    public async Task AssertOneSnapshotPerPostingAsync(string sourceId, Func<StoredPosting, string> htmlMarker)
    {
        foreach (var posting in (await ActivePostingsAsync(sourceId)).Values)
        {
            var snapshot = await Store.GetSnapshotAsync(posting.SnapshotId!, CancellationToken.None);
            Assert.NotNull(snapshot);
            Assert.Contains(posting.Posting.Title, snapshot.Text, StringComparison.Ordinal);
            Assert.Contains(htmlMarker(posting), Crawler.Snapshots.SnapshotFactory.Decompress(snapshot.CompressedHtml), StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Asserts that every active posting has a stored snapshot whose text holds the lab's own title and description
    /// of that posting (whitespace-normalised), whatever the detail page's DOM names are for this seed.
    /// </summary>
    public async Task AssertSnapshotsShowTheirPostingsAsync(string sourceId)
    {
        var truth = Lab.Site(sourceId).GroundTruth().ToDictionary(p => sourceId + ":" + p.Id);
        var active = await ActivePostingsAsync(sourceId);
        Assert.Equal(truth.Keys.Order(), active.Keys.Order());
        foreach (var (key, posting) in active)
        {
            Assert.NotNull(posting.SnapshotId);
            var snapshot = await Store.GetSnapshotAsync(posting.SnapshotId, CancellationToken.None);
            Assert.NotNull(snapshot);
            var text = Normalise(snapshot.Text);
            Assert.Contains(Normalise(truth[key].Title), text, StringComparison.Ordinal);
            if (truth[key].Description is { Length: > 0 } description) Assert.Contains(Normalise(description), text, StringComparison.Ordinal);
        }
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Lab.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
