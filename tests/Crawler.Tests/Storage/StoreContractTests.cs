using Crawler.Model;
using Crawler.Storage;
using Crawler.Tests.Support;

namespace Crawler.Tests.Storage;

/// <summary>
/// The one contract every <see cref="ICrawlStore"/> must pass (SQLite, MongoDB). A store subclasses it and
/// says how to make a fresh, empty database; each test gets its own. Split by aspect into partial files:
/// sources, leases, runs, postings, events, snapshots.
/// </summary>
public abstract partial class StoreContractTests : IAsyncLifetime
{
    private readonly List<ICrawlStore> _stores = [];

    /// <summary>The store under test, initialised, on a fresh empty database.</summary>
    protected ICrawlStore Store { get; private set; } = null!;

    protected static CancellationToken Ct => CancellationToken.None;

    /// <summary>A new store on a new, empty database (not yet initialised).</summary>
    protected abstract Task<ICrawlStore> CreateStoreAsync();

    /// <summary>
    /// Another store instance (another "worker") on the same database as <see cref="Store"/>, not yet
    /// initialised; null when the store cannot have one. Used for lease races and visibility across workers.
    /// </summary>
    protected virtual Task<ICrawlStore?> CreateSecondStoreOnSameDatabaseAsync() => Task.FromResult<ICrawlStore?>(null);

    /// <summary>Removes the database after the stores were disposed (temp files, test databases).</summary>
    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        Store = await CreateStoreAsync();
        _stores.Add(Store);
        await Store.InitializeAsync(Ct);
    }

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        await DropDatabaseAsync();
    }

    /// <summary>A second worker's store on the same database, initialised; falls back to <see cref="Store"/>.</summary>
    protected async Task<ICrawlStore> SecondWorkerAsync()
    {
        var second = await CreateSecondStoreOnSameDatabaseAsync();
        if (second is null)
        {
            return Store;
        }

        _stores.Add(second);
        await second.InitializeAsync(Ct);
        return second;
    }

    protected async Task<SourceState> StateOfAsync(string sourceId)
    {
        var states = await Store.ListSourceStatesAsync(Ct);
        return Assert.Single(states, s => s.SourceId == sourceId);
    }

    protected Task RegisterAsync(params SourceDefinition[] sources) => Store.UpsertSourcesAsync(sources, Ct);

    [Fact]
    public async Task InitializeAsync_CalledAgain_KeepsData()
    {
        await RegisterAsync(StoreTestData.Source("moka-deepseek", "DeepSeek"));

        await Store.InitializeAsync(Ct);
        await Store.InitializeAsync(Ct);

        var state = await StateOfAsync("moka-deepseek");
        Assert.Null(state.LeaseHolder);
    }

    [Fact]
    public async Task UpsertSourcesAsync_NewSources_ListedWithEmptyState()
    {
        await RegisterAsync(StoreTestData.Source("a"), StoreTestData.Source("b"));

        var states = await Store.ListSourceStatesAsync(Ct);

        Assert.Equal(["a", "b"], states.Select(s => s.SourceId).Order().ToArray());
        Assert.All(states, s =>
        {
            Assert.Null(s.LeaseHolder);
            Assert.Null(s.LeasedUntil);
            Assert.Equal(0, s.ConsecutiveFailures);
            Assert.False(s.Quarantined);
            Assert.Null(s.NextDueAt);
            Assert.Null(s.LastRunAt);
            Assert.Null(s.LastRunStatus);
        });
    }

    [Fact]
    public async Task UpsertSourcesAsync_ExistingSourceRedefined_KeepsStateAndLease()
    {
        await RegisterAsync(StoreTestData.Source("a"));
        Assert.True(await Store.TryAcquireLeaseAsync("a", "worker-a", TimeSpan.FromMinutes(5), StoreTestData.T0, Ct));
        var health = new SourceState
        {
            SourceId = "a",
            ConsecutiveFailures = 3,
            Quarantined = true,
            NextDueAt = StoreTestData.T0.AddHours(6),
            LastRunAt = StoreTestData.T0,
            LastRunStatus = RunStatus.Failed,
        };
        await Store.UpdateSourceStateAsync(health, Ct);

        await RegisterAsync(StoreTestData.Source("a", company: "ByteDance Seed") with { Interval = TimeSpan.FromHours(1) });

        var state = await StateOfAsync("a");
        Assert.Equal(health with { LeaseHolder = "worker-a", LeasedUntil = StoreTestData.T0.AddMinutes(5) }, state);
    }

    [Fact]
    public async Task UpdateSourceStateAsync_HealthFields_RoundTripWithoutTouchingLease()
    {
        await RegisterAsync(StoreTestData.Source("a"));
        Assert.True(await Store.TryAcquireLeaseAsync("a", "worker-a", TimeSpan.FromMinutes(5), StoreTestData.T0, Ct));
        var update = new SourceState
        {
            SourceId = "a",
            LeaseHolder = null,
            LeasedUntil = null,
            ConsecutiveFailures = 1,
            NextDueAt = StoreTestData.T0.AddMinutes(30),
            LastRunAt = StoreTestData.T0.AddSeconds(1.5),
            LastRunStatus = RunStatus.Partial,
        };

        await Store.UpdateSourceStateAsync(update, Ct);

        var state = await StateOfAsync("a");
        Assert.Equal(update with { LeaseHolder = "worker-a", LeasedUntil = StoreTestData.T0.AddMinutes(5) }, state);
    }
}
