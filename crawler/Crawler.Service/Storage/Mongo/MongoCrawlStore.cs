using Crawler.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Crawler.Storage.Mongo;

/// <summary>
/// The production store on MongoDB (standalone, replica set or sharded). Works without multi-document
/// transactions: every write is idempotent (deterministic ids, upserts by <c>_id</c>), leases are single
/// conditional <c>findOneAndUpdate</c>s on the source document (<see cref="MongoLeases"/>), and a run commit writes events first, then
/// posting versions, then postings, then the run, so a commit interrupted at any point is completed by applying it again.
/// Collections and fields: <see cref="SourceDocuments"/>, <see cref="RunDocuments"/>, <see cref="PostingDocuments"/>,
/// <see cref="EventDocuments"/>, <see cref="MongoSnapshotStore"/>.
/// </summary>
public sealed class MongoCrawlStore : ICrawlStore
{
    private readonly IMongoClient _client;
    private readonly bool _ownsClient;
    private readonly MongoStoreOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly MongoCollections _collections;
    private readonly EventSequence _sequence;
    private readonly EventWriter _events;
    private readonly MongoLeases _leases;
    private readonly MongoSnapshotStore _snapshots;

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
        _time = timeProvider;
        _logger = logger ?? NullLogger.Instance;
        _collections = new MongoCollections(client.GetDatabase(options.Database));
        _sequence = new EventSequence(_collections.Counters);
        _events = new EventWriter(_collections.Events, _sequence, _logger);
        _leases = new MongoLeases(_collections.Sources);
        _snapshots = new MongoSnapshotStore(_collections, options.SnapshotInlineLimitBytes);
    }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _collections.CreateIndexesAsync(cancellationToken);
        await _sequence.EnsureAsync(cancellationToken);
        var servers = string.Join(",", _client.Settings.Servers.Select(s => $"{s.Host}:{s.Port}"));
        MongoStoreLog.Ready(_logger, _options.Database, servers);
    }

    public async Task UpsertSourcesAsync(IReadOnlyList<SourceDefinition> sources, CancellationToken cancellationToken)
    {
        if (sources.Count == 0)
        {
            return;
        }

        var now = _time.GetUtcNow();
        var writes = sources.Select(source => new UpdateOneModel<BsonDocument>(
            new BsonDocument("_id", source.Id),
            new BsonDocument
            {
                { "$set", SourceDocuments.Definition(source, now) },
                { "$setOnInsert", SourceDocuments.InitialState(now) },
            })
        { IsUpsert = true });
        await _collections.Sources.BulkWriteAsync(writes, new BulkWriteOptions { IsOrdered = false }, cancellationToken);
    }

    public async Task<IReadOnlyList<SourceState>> ListSourceStatesAsync(CancellationToken cancellationToken)
    {
        var documents = await _collections.Sources.Find(FilterDefinition<BsonDocument>.Empty)
            .Sort(new BsonDocument("_id", 1)).ToListAsync(cancellationToken);
        return [.. documents.Select(SourceDocuments.ReadState)];
    }

    public Task<bool> TryAcquireLeaseAsync(string sourceId, string workerId, TimeSpan duration, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        return _leases.TryAcquireAsync(sourceId, workerId, now + duration, now, cancellationToken);
    }

    public Task<bool> RenewLeaseAsync(string sourceId, string workerId, TimeSpan duration, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        return _leases.RenewAsync(sourceId, workerId, now + duration, cancellationToken);
    }

    public Task ReleaseLeaseAsync(string sourceId, string workerId, CancellationToken cancellationToken) =>
        _leases.ReleaseAsync(sourceId, workerId, cancellationToken);

    public async Task UpdateSourceStateAsync(SourceState state, CancellationToken cancellationToken)
    {
        var result = await _collections.Sources.UpdateOneAsync(
            new BsonDocument("_id", state.SourceId),
            new BsonDocument("$set", SourceDocuments.Health(state)),
            cancellationToken: cancellationToken);
        if (result.MatchedCount == 0)
        {
            // Same as the SQLite store: a state for an unknown source is a bug upstream, not something to drop.
            throw new InvalidOperationException(
                $"MongoDB store (database '{_options.Database}'): source '{state.SourceId}' is not registered; upsert it before updating its state.");
        }
    }

    public Task StartRunAsync(RunRecord run, CancellationToken cancellationToken) =>
        _collections.Runs.ReplaceOneAsync(
            new BsonDocument("_id", run.Id), RunDocuments.Write(run), new ReplaceOptions { IsUpsert = true }, cancellationToken);

    public async Task<int> AbandonStaleRunsAsync(string sourceId, string currentRunId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = await _collections.Runs.UpdateManyAsync(
            new BsonDocument
            {
                { "sourceId", sourceId },
                { "status", BsonFields.Enum(RunStatus.Running) },
                { "_id", new BsonDocument("$ne", currentRunId) },
            },
            new BsonDocument("$set", new BsonDocument { { "status", BsonFields.Enum(RunStatus.Abandoned) }, { "finishedAt", BsonFields.Date(now) } }),
            cancellationToken: cancellationToken);
        var count = (int)result.ModifiedCount;
        if (count > 0)
        {
            MongoStoreLog.AbandonedRuns(_logger, count, sourceId);
        }

        return count;
    }

    public async Task CommitRunAsync(RunCommit commit, CancellationToken cancellationToken)
    {
        // Events first: if the commit stops after them, a retry finds them stored and still writes the postings.
        // Postings first would be worse: the next run would compare against them, see no change and never
        // emit the lost events.
        // Versions before postings for the same reason: a retry recomputes them only from the old postings.
        await _events.WriteAsync(commit, cancellationToken);
        await WriteVersionsAsync(commit, cancellationToken);
        await SavePostingsAsync(commit.Postings, cancellationToken);
        await StartRunAsync(commit.Run, cancellationToken);
    }

    private async Task WriteVersionsAsync(RunCommit commit, CancellationToken cancellationToken)
    {
        var writes = commit.Postings.Select(p => PostingVersion.CurrentOf(p, commit.Run.StartedAt)).OfType<PostingVersion>().SelectMany(PostingVersionDocuments.Writes).ToList();
        if (writes.Count == 0) return;
        // Ordered: a posting's close of version n-1 never overtakes the insert of version n it belongs to.
        await _collections.PostingVersions.BulkWriteAsync(writes, new BulkWriteOptions { IsOrdered = true }, cancellationToken);
    }

    public async Task<IReadOnlyList<PostingVersion>> ListPostingVersionsAsync(string postingKey, CancellationToken cancellationToken)
    {
        var documents = await _collections.PostingVersions.Find(new BsonDocument("postingKey", postingKey))
            .Sort(new BsonDocument("version", 1)).ToListAsync(cancellationToken);
        return [.. documents.Select(PostingVersionDocuments.Read)];
    }

    public async Task SavePostingsAsync(IReadOnlyList<StoredPosting> postings, CancellationToken cancellationToken)
    {
        if (postings.Count == 0) return;
        var writes = postings.Select(posting => new ReplaceOneModel<BsonDocument>(
            new BsonDocument("_id", posting.Key), PostingDocuments.Write(posting))
        { IsUpsert = true });
        await _collections.Postings.BulkWriteAsync(writes, new BulkWriteOptions { IsOrdered = false }, cancellationToken);
    }

    public async Task<IReadOnlyList<RunRecord>> ListRunsAsync(string? sourceId, int limit, CancellationToken cancellationToken)
    {
        var filter = sourceId is null ? new BsonDocument() : new BsonDocument("sourceId", sourceId);
        var documents = await _collections.Runs.Find(filter)
            .Sort(new BsonDocument { { "startedAt", -1 }, { "_id", -1 } })
            .Limit(limit > 0 ? limit : null)
            .ToListAsync(cancellationToken);
        return [.. documents.Select(RunDocuments.Read)];
    }

    public async Task<IReadOnlyDictionary<string, StoredPosting>> GetPostingsAsync(string sourceId, CancellationToken cancellationToken)
    {
        var documents = await _collections.Postings.Find(new BsonDocument("sourceId", sourceId)).ToListAsync(cancellationToken);
        return documents.Select(PostingDocuments.Read).ToDictionary(p => p.Key, StringComparer.Ordinal);
    }

    public Task<bool> SnapshotExistsAsync(string snapshotId, CancellationToken cancellationToken) =>
        _snapshots.ExistsAsync(snapshotId, cancellationToken);

    public Task SaveSnapshotAsync(Snapshot snapshot, CancellationToken cancellationToken) =>
        _snapshots.SaveAsync(snapshot, cancellationToken);

    public Task<Snapshot?> GetSnapshotAsync(string snapshotId, CancellationToken cancellationToken) =>
        _snapshots.GetAsync(snapshotId, cancellationToken);

    public Task<int> CountSnapshotsAsync(CancellationToken cancellationToken) => _snapshots.CountAsync(cancellationToken);

    public Task<IReadOnlyDictionary<string, SnapshotMark>> GetRecentSnapshotsAsync(string sourceId, DateTimeOffset since, CancellationToken cancellationToken) =>
        _snapshots.LatestPerPostingAsync(sourceId, since, cancellationToken);

    public async Task<IReadOnlyList<ChangeEvent>> ListEventsAsync(EventQuery query, CancellationToken cancellationToken)
    {
        var range = new BsonDocument("$gt", query.AfterSequence);
        if (query.BeforeSequence is { } before) range["$lt"] = before;
        var filter = new BsonDocument("seq", range);
        if (query.Kinds is { Count: > 0 } kinds)
        {
            filter["kind"] = new BsonDocument("$in", new BsonArray(kinds.Select(k => BsonFields.Enum(k))));
        }

        if (query.SourceId is not null)
        {
            filter["sourceId"] = query.SourceId;
        }

        if (query.RunId is not null)
        {
            filter["runId"] = query.RunId;
        }

        var documents = await _collections.Events.Find(filter)
            .Sort(new BsonDocument("seq", query.NewestFirst ? -1 : 1))
            .Limit(query.Limit > 0 ? query.Limit : null)
            .ToListAsync(cancellationToken);
        return [.. documents.Select(EventDocuments.Read)];
    }

    public Task SaveRunProgressAsync(RunProgress progress, CancellationToken cancellationToken) =>
        _collections.Runs.UpdateOneAsync(RunProgressDocuments.Filter(progress), RunProgressDocuments.Update(progress), cancellationToken: cancellationToken);

    public async Task<IReadOnlyList<RunProgress>> ListRunProgressAsync(CancellationToken cancellationToken)
    {
        var documents = await _collections.Runs.Find(RunProgressDocuments.Running).Sort(new BsonDocument("sourceId", 1)).ToListAsync(cancellationToken);
        return [.. documents.Select(RunProgressDocuments.Read)];
    }

    public ValueTask DisposeAsync()
    {
        if (_ownsClient)
        {
            _client.Dispose();
        }

        return ValueTask.CompletedTask;
    }
}
