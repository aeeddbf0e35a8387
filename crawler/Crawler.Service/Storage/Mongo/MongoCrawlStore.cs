using Crawler.Model;
using Microsoft.Extensions.Logging.Abstractions;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Crawler.Storage.Mongo;

/// <summary>
/// The production store on MongoDB (standalone, replica set or sharded). Works without multi-document
/// transactions: every write is idempotent (deterministic ids, upserts by <c>_id</c>), leases are single
/// conditional <c>findOneAndUpdate</c>s on the source document (<see cref="MongoLeases"/>), and a run commit
/// is ordered so that applying it again completes an interrupted one (<see cref="MongoRuns"/>). Each concern
/// lives in its own collaborator (<see cref="MongoSources"/>, <see cref="MongoPostings"/>,
/// <see cref="MongoSnapshotStore"/>, <see cref="MongoEventLog"/>); this type joins them and turns driver failures
/// into <see cref="StoreException"/> (<see cref="MongoStoreErrors"/>).
/// </summary>
public sealed class MongoCrawlStore : ICrawlStore
{
    private readonly IMongoClient _client;
    private readonly bool _ownsClient;
    private readonly MongoStoreOptions _options;
    private readonly ILogger _logger;
    private readonly MongoCollections _collections;
    private readonly MongoStoreErrors _errors;
    private readonly EventSequence _sequence;
    private readonly MongoSources _sources;
    private readonly MongoLeases _leases;
    private readonly MongoRuns _runs;
    private readonly MongoPostings _postings;
    private readonly MongoSnapshotStore _snapshots;
    private readonly MongoEventLog _events;

    /// <summary>A store on the process's shared client (the client outlives the store).</summary>
    public MongoCrawlStore(IMongoClient client, MongoStoreOptions options, TimeProvider timeProvider, ILogger<MongoCrawlStore>? logger = null)
        : this(client, ownsClient: false, options, timeProvider, logger)
    {
    }

    /// <summary>A store with its own client, built from <see cref="MongoStoreOptions.ConnectionString"/> and disposed with it.</summary>
    public MongoCrawlStore(MongoStoreOptions options, TimeProvider timeProvider, ILogger<MongoCrawlStore>? logger = null)
        : this(MongoClientFactory.Create(options), ownsClient: true, options, timeProvider, logger)
    {
    }

    private MongoCrawlStore(IMongoClient client, bool ownsClient, MongoStoreOptions options, TimeProvider timeProvider, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.SnapshotInlineLimitBytes, 0);
        _client = client;
        _ownsClient = ownsClient;
        _options = options;
        _logger = logger ?? NullLogger.Instance;
        _collections = new MongoCollections(client.GetDatabase(options.Database));
        _errors = new MongoStoreErrors(options.Database);
        _sequence = new EventSequence(_collections.Counters);
        _sources = new MongoSources(_collections.Sources, options.Database, timeProvider);
        _leases = new MongoLeases(_collections.Sources);
        _postings = new MongoPostings(_collections);
        _runs = new MongoRuns(_collections.Runs, new EventWriter(_collections.Events, _sequence, _logger), _postings, _logger);
        _snapshots = new MongoSnapshotStore(_collections, options.SnapshotInlineLimitBytes);
        _events = new MongoEventLog(_collections.Events);
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => _options.ReadOnly
        ? _errors.RunAsync("connecting (read-only)", () => _client.GetDatabase(_options.Database)
            .RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1), cancellationToken: cancellationToken))
        : _errors.RunAsync("creating indexes", async () =>
    {
        await _collections.CreateIndexesAsync(cancellationToken);
        await _sequence.EnsureAsync(cancellationToken);
        var servers = string.Join(",", _client.Settings.Servers.Select(s => $"{s.Host}:{s.Port}"));
        MongoStoreLog.Ready(_logger, _options.Database, servers);
    });

    public Task UpsertSourcesAsync(IReadOnlyList<SourceDefinition> sources, CancellationToken cancellationToken) =>
        _errors.RunAsync("upserting sources", () => _sources.UpsertSourcesAsync(sources, cancellationToken));

    public Task<IReadOnlyList<SourceState>> ListSourceStatesAsync(CancellationToken cancellationToken) =>
        _errors.RunAsync("listing source states", () => _sources.ListSourceStatesAsync(cancellationToken));

    public Task<SourceState?> GetSourceStateAsync(string sourceId, CancellationToken cancellationToken) =>
        _errors.RunAsync($"reading the state of source '{sourceId}'", () => _sources.GetSourceStateAsync(sourceId, cancellationToken));

    public Task UpdateSourceStateAsync(SourceState state, CancellationToken cancellationToken) =>
        _errors.RunAsync($"updating the state of source '{state.SourceId}'", () => _sources.UpdateSourceStateAsync(state, cancellationToken));

    public Task<bool> TryAcquireLeaseAsync(string sourceId, string workerId, TimeSpan duration, DateTimeOffset now, CancellationToken cancellationToken) =>
        _errors.RunAsync($"acquiring the lease of source '{sourceId}'", () => _leases.TryAcquireLeaseAsync(sourceId, workerId, duration, now, cancellationToken));

    public Task<bool> RenewLeaseAsync(string sourceId, string workerId, TimeSpan duration, DateTimeOffset now, CancellationToken cancellationToken) =>
        _errors.RunAsync($"renewing the lease of source '{sourceId}'", () => _leases.RenewLeaseAsync(sourceId, workerId, duration, now, cancellationToken));

    public Task ReleaseLeaseAsync(string sourceId, string workerId, CancellationToken cancellationToken) =>
        _errors.RunAsync($"releasing the lease of source '{sourceId}'", () => _leases.ReleaseLeaseAsync(sourceId, workerId, cancellationToken));

    public Task StartRunAsync(RunRecord run, CancellationToken cancellationToken) =>
        _errors.RunAsync($"starting run '{run.Id}'", () => _runs.StartRunAsync(run, cancellationToken));

    public Task<int> AbandonStaleRunsAsync(string sourceId, string currentRunId, DateTimeOffset now, CancellationToken cancellationToken) =>
        _errors.RunAsync($"abandoning stale runs of source '{sourceId}'", () => _runs.AbandonStaleRunsAsync(sourceId, currentRunId, now, cancellationToken));

    public Task CommitRunAsync(RunCommit commit, CancellationToken cancellationToken) =>
        _errors.RunAsync($"committing run '{commit.Run.Id}'", () => _runs.CommitRunAsync(commit, cancellationToken));

    public Task<IReadOnlyList<RunRecord>> ListRunsAsync(string? sourceId, int limit, CancellationToken cancellationToken) =>
        _errors.RunAsync("listing runs", () => _runs.ListRunsAsync(sourceId, limit, cancellationToken));

    public Task<IReadOnlyDictionary<string, StoredPosting>> GetPostingsAsync(string sourceId, CancellationToken cancellationToken) =>
        _errors.RunAsync($"reading postings of source '{sourceId}'", () => _postings.GetPostingsAsync(sourceId, cancellationToken));

    public Task SavePostingsAsync(IReadOnlyList<StoredPosting> postings, CancellationToken cancellationToken) =>
        _errors.RunAsync($"saving {postings.Count} postings", () => _postings.SavePostingsAsync(postings, cancellationToken));

    public Task<IReadOnlyList<PostingVersion>> ListPostingVersionsAsync(string postingKey, CancellationToken cancellationToken) =>
        _errors.RunAsync($"reading the versions of posting '{postingKey}'", () => _postings.ListPostingVersionsAsync(postingKey, cancellationToken));

    public Task<bool> SnapshotExistsAsync(string snapshotId, CancellationToken cancellationToken) =>
        _errors.RunAsync($"looking up snapshot '{snapshotId}'", () => _snapshots.ExistsAsync(snapshotId, cancellationToken));

    public Task SaveSnapshotAsync(Snapshot snapshot, CancellationToken cancellationToken) =>
        _errors.RunAsync($"saving snapshot '{snapshot.Id}'", () => _snapshots.SaveAsync(snapshot, cancellationToken));

    public Task<Snapshot?> GetSnapshotAsync(string snapshotId, CancellationToken cancellationToken) =>
        _errors.RunAsync($"reading snapshot '{snapshotId}'", () => _snapshots.GetAsync(snapshotId, cancellationToken));

    public Task<int> CountSnapshotsAsync(CancellationToken cancellationToken) =>
        _errors.RunAsync("counting snapshots", () => _snapshots.CountAsync(cancellationToken));

    public Task<IReadOnlyDictionary<string, SnapshotMark>> GetRecentSnapshotsAsync(string sourceId, DateTimeOffset since, CancellationToken cancellationToken) =>
        _errors.RunAsync("reading recent snapshots", () => _snapshots.LatestPerPostingAsync(sourceId, since, cancellationToken));

    public Task<IReadOnlyList<ChangeEvent>> ListEventsAsync(EventQuery query, CancellationToken cancellationToken) =>
        _errors.RunAsync("listing events", () => _events.ListEventsAsync(query, cancellationToken));

    public Task SaveRunProgressAsync(RunProgress progress, CancellationToken cancellationToken) =>
        _errors.RunAsync("saving run progress", () => _runs.SaveRunProgressAsync(progress, cancellationToken));

    public Task<IReadOnlyList<RunProgress>> ListRunProgressAsync(CancellationToken cancellationToken) =>
        _errors.RunAsync("listing run progress", () => _runs.ListRunProgressAsync(cancellationToken));

    public ValueTask DisposeAsync()
    {
        if (_ownsClient) _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
