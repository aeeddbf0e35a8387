using Crawler.Model;
using Crawler.Storage;
using Crawler.Storage.Mongo;
using Crawler.Tests.Support;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Crawler.Tests.Storage.Mongo;

/// <summary>What only the MongoDB store promises: its document shapes, indexes, GridFS and crash-safe commits.</summary>
public sealed class MongoCrawlStoreTests : IAsyncLifetime
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private MongoTestDatabase _database = null!;
    private MongoCrawlStore _store = null!;
    private MongoClient _inspector = null!;

    private IMongoDatabase Db => _inspector.GetDatabase(_database.Name);

    public async Task InitializeAsync()
    {
        _database = await MongoTestDatabase.CreateAsync();
        _store = _database.CreateStore(inlineLimit: 64 * 1024);
        await _store.InitializeAsync(Ct);
        _inspector = _database.InspectorClient();
    }

    public async Task DisposeAsync()
    {
        _inspector.Dispose();
        await _store.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task CommitRunAsync_RetriedAfterCrashBeforePostings_StoresPostingsWithoutSpendingSequenceNumbers()
    {
        var commit = Commit("run-1", "1", "2", "3");
        await _store.CommitRunAsync(commit, Ct);
        var before = await _store.ListEventsAsync(new EventQuery(), Ct);
        var counterBefore = await CounterAsync();
        // The worker died after writing the events: postings and the finished run never arrived.
        await Db.GetCollection<BsonDocument>("postings").DeleteManyAsync(FilterDefinition<BsonDocument>.Empty);
        await Db.GetCollection<BsonDocument>("runs").DeleteManyAsync(FilterDefinition<BsonDocument>.Empty);

        await _store.CommitRunAsync(commit, Ct);

        var after = await _store.ListEventsAsync(new EventQuery(), Ct);
        Assert.Equal(before.Select(e => (e.Id, e.Sequence)), after.Select(e => (e.Id, e.Sequence)));
        Assert.Equal(counterBefore, await CounterAsync());
        Assert.Equal(3, (await _store.GetPostingsAsync("a", Ct)).Count);
        Assert.Equal(RunStatus.Complete, Assert.Single(await _store.ListRunsAsync("a", 10, Ct)).Status);
    }

    [Fact]
    public async Task CommitRunAsync_PartlyStoredEvents_OnlyTheMissingOnesGetNewSequenceNumbers()
    {
        var commit = Commit("run-1", "1", "2", "3");
        await _store.CommitRunAsync(commit with { Events = commit.Events.Take(1).ToArray() }, Ct);
        var first = Assert.Single(await _store.ListEventsAsync(new EventQuery(), Ct));

        await _store.CommitRunAsync(commit, Ct);

        var events = await _store.ListEventsAsync(new EventQuery(), Ct);
        Assert.Equal(commit.Events.Select(e => e.Id), events.Select(e => e.Id));
        Assert.Equal(first.Sequence, events[0].Sequence);
        Assert.Equal([first.Sequence + 1, first.Sequence + 2], events.Skip(1).Select(e => e.Sequence));
    }

    [Fact]
    public async Task CommitRunAsync_SameCommitByTwoWorkersAtOnce_EveryEventStoredOnce()
    {
        await using var second = _database.CreateStore("worker-b");
        for (var round = 0; round < 10; round++)
        {
            var commit = Commit($"run-{round}", Enumerable.Range(0, 20).Select(i => $"{round}-{i}").ToArray());

            await Task.WhenAll(
                Task.Run(() => _store.CommitRunAsync(commit, Ct)),
                Task.Run(() => second.CommitRunAsync(commit, Ct)));
        }

        var events = await _store.ListEventsAsync(new EventQuery { Limit = 1000 }, Ct);
        Assert.Equal(200, events.Count);
        Assert.Equal(200, events.Select(e => e.Id).Distinct().Count());
        Assert.Equal(200, events.Select(e => e.Sequence).Distinct().Count());
    }

    [Fact]
    public async Task CommitRunAsync_Documents_ReadWellInMongosh()
    {
        var commit = Commit("run-1", "7301");
        await _store.CommitRunAsync(commit, Ct);

        var posting = await Db.GetCollection<BsonDocument>("postings").Find(new BsonDocument("_id", "a:7301")).SingleAsync();
        var change = await Db.GetCollection<BsonDocument>("events").Find(FilterDefinition<BsonDocument>.Empty).SingleAsync();
        var run = await Db.GetCollection<BsonDocument>("runs").Find(FilterDefinition<BsonDocument>.Empty).SingleAsync();

        Assert.Equal("active", posting["status"].AsString);
        Assert.Equal("experienced", posting["track"].AsString);
        Assert.Equal(BsonType.DateTime, posting["firstSeen"].BsonType);
        Assert.Equal(new BsonArray { "Beijing", "Shanghai", "Hangzhou" }, posting["derived"]["cities"]);
        Assert.Equal(3.0, posting["derived"]["minYearsExperience"].ToDouble());
        Assert.Equal(new BsonArray { new BsonDocument { { "code", "CT_11" }, { "name", "北京" } } }, posting["raw"]["city_list"]);
        Assert.Equal("大模型", posting["raw"]["title"].AsString);
        Assert.Equal(commit.Postings[0].Posting.RawJson, posting["rawJson"].AsString);
        Assert.Equal("appeared", change["kind"].AsString);
        Assert.Equal(BsonType.Int64, change["seq"].BsonType);
        Assert.Equal(BsonType.DateTime, change["createdAt"].BsonType);
        Assert.Equal("complete", run["status"].AsString);
        Assert.True(run["evidence"]["isComplete"].AsBoolean);
    }

    [Fact]
    public async Task CommitRunAsync_Documents_KeepTheDocumentedFieldNames()
    {
        var commit = Commit("run-1", "7301");
        commit = commit with { Postings = [commit.Postings[0] with { Version = 1, VersionFrom = StoreTestData.T0 }] };
        await _store.CommitRunAsync(commit, Ct);

        var posting = await Db.GetCollection<BsonDocument>("postings").Find(FilterDefinition<BsonDocument>.Empty).SingleAsync();
        var change = await Db.GetCollection<BsonDocument>("events").Find(FilterDefinition<BsonDocument>.Empty).SingleAsync();
        var run = await Db.GetCollection<BsonDocument>("runs").Find(FilterDefinition<BsonDocument>.Empty).SingleAsync();
        var version = await Db.GetCollection<BsonDocument>("postingVersions").Find(FilterDefinition<BsonDocument>.Empty).SingleAsync();

        Assert.Equal(
            "_id category cities company contentHash derived description detailError detailFailedAt detailFailures detailReadAt eventCount firstSeen lastSeen missCount " +
            "payloadHash portalId portalStatus publishedAt raw rawJson recruitType requirement snapshotAt snapshotId sourceId status title track url version versionFrom",
            Names(posting));
        Assert.Equal("areaTags cities goToMarket isCampus minYearsExperience rulesVersion", Names(posting["derived"].AsBsonDocument));
        Assert.Equal("_id changedFields changes cities company createdAt kind postingKey runId seq sourceId title url", Names(change));
        Assert.Equal("_id changed errors evidence finishedAt gone new pages seen snapshots sourceId startedAt status suspect workerId", Names(run));
        Assert.Equal("capHit isComplete notes pagesFailed pagesFetched partitions reportedTotal totalStable uniqueIds", Names(run["evidence"].AsBsonDocument));
        Assert.Equal("_id fields postingKey snapshotId sourceId validFrom validTo version", Names(version));
        Assert.Equal("category cities description portalStatus publishedAt recruitType requirement title track url", Names(version["fields"].AsBsonDocument));
        Assert.Equal("a:7301@1", version["_id"].AsString);
        Assert.Equal(BsonType.DateTime, version["validFrom"].BsonType);
        Assert.Equal(BsonType.Null, version["validTo"].BsonType);
    }

    [Fact]
    public async Task CommitRunAsync_RawJsonNotAnObjectOrInvalid_KeepsRawJsonAndSkipsRaw()
    {
        var invalid = StoreTestData.Posting("a", "1") with
        {
            Posting = StoreTestData.Observed("1") with { RawJson = "{\"id\": 1, truncated" },
        };
        var dollar = StoreTestData.Posting("a", "2") with
        {
            Posting = StoreTestData.Observed("2") with { RawJson = "{\"$date\": \"not a date\"}" },
        };
        await _store.CommitRunAsync(new RunCommit(StoreTestData.Run("a", "run-1", StoreTestData.T0), [invalid, dollar], []), Ct);

        var documents = await Db.GetCollection<BsonDocument>("postings").Find(FilterDefinition<BsonDocument>.Empty).ToListAsync();
        var stored = await _store.GetPostingsAsync("a", Ct);

        Assert.All(documents, d => Assert.False(d.Contains("raw")));
        Assert.Equal(invalid.Posting.RawJson, stored["a:1"].Posting.RawJson);
        Assert.Equal(dollar.Posting.RawJson, stored["a:2"].Posting.RawJson);
    }

    [Fact]
    public async Task SaveSnapshotAsync_BodyOverTheInlineLimit_GoesToGridFsAndRoundTrips()
    {
        var big = StoreTestData.Snapshot("sha-big", "a:1", StoreTestData.RandomBytes(300 * 1024));
        var small = StoreTestData.Snapshot("sha-small", "a:2", StoreTestData.Gzip("<p>small</p>"));

        await _store.SaveSnapshotAsync(big, Ct);
        await _store.SaveSnapshotAsync(small, Ct);

        var snapshots = Db.GetCollection<BsonDocument>("snapshots");
        var bigDocument = await snapshots.Find(new BsonDocument("_id", "sha-big")).SingleAsync();
        var smallDocument = await snapshots.Find(new BsonDocument("_id", "sha-small")).SingleAsync();
        var files = await Db.GetCollection<BsonDocument>("snapshots.files").Find(FilterDefinition<BsonDocument>.Empty).ToListAsync();
        Assert.False(bigDocument.Contains("html"));
        Assert.Equal(bigDocument["htmlFileId"], Assert.Single(files)["_id"]);
        Assert.Equal(300 * 1024, files[0]["length"].ToInt64());
        Assert.Equal(small.CompressedHtml, smallDocument["html"].AsByteArray);
        Assert.Equal(big.CompressedHtml, (await _store.GetSnapshotAsync("sha-big", Ct))!.CompressedHtml);
        Assert.Equal(2, await _store.CountSnapshotsAsync(Ct));
    }

    [Fact]
    public async Task SaveSnapshotAsync_TextOverTheInlineLimit_GoesToGridFsAndRoundTrips()
    {
        var snapshot = StoreTestData.Snapshot("sha-text", "a:1", StoreTestData.Gzip("<p>x</p>"), text: new string('字', 40_000));

        await _store.SaveSnapshotAsync(snapshot, Ct);

        var document = await Db.GetCollection<BsonDocument>("snapshots").Find(new BsonDocument("_id", "sha-text")).SingleAsync();
        Assert.False(document.Contains("text"));
        Assert.Equal(BsonType.ObjectId, document["textFileId"].BsonType);
        Assert.Equal(snapshot.Text, (await _store.GetSnapshotAsync("sha-text", Ct))!.Text);
    }

    [Fact]
    public async Task SaveSnapshotAsync_LargeBodySavedTwice_OneGridFsFile()
    {
        var big = StoreTestData.Snapshot("sha-big", "a:1", StoreTestData.RandomBytes(100 * 1024));

        await _store.SaveSnapshotAsync(big, Ct);
        await _store.SaveSnapshotAsync(big, Ct);

        Assert.Equal(1, await Db.GetCollection<BsonDocument>("snapshots.files").CountDocumentsAsync(FilterDefinition<BsonDocument>.Empty));
    }

    [Fact]
    public async Task ListSourceStatesAsync_ServerUnreachable_ThrowsStoreExceptionNamingDatabaseAndOperation()
    {
        // Port 1 on loopback refuses at once; the driver then gives up server selection as a TimeoutException,
        // which must reach callers as a store failure, not as something a portal could have caused.
        var options = new MongoStoreOptions { ConnectionString = "mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=300&connectTimeoutMS=300", Database = "nowhere" };
        await using var store = new MongoCrawlStore(options, TimeProvider.System);

        var error = await Assert.ThrowsAsync<StoreException>(() => store.ListSourceStatesAsync(Ct));

        Assert.StartsWith("MongoDB store (database 'nowhere'): listing source states failed: ", error.Message, StringComparison.Ordinal);
        Assert.IsType<TimeoutException>(error.InnerException);
    }

    [Fact]
    public async Task InitializeAsync_ReadOnly_CreatesNothingAndStillReads()
    {
        var options = _database.Options("reader");
        options.Database += "_ro"; // a database nothing has written to yet
        options.ReadOnly = true;
        await using var reader = new MongoCrawlStore(options, TimeProvider.System);

        await reader.InitializeAsync(Ct);

        var untouched = _inspector.GetDatabase(options.Database);
        Assert.Empty(await (await untouched.ListCollectionNamesAsync(cancellationToken: Ct)).ToListAsync(Ct));
        Assert.Empty(await reader.ListSourceStatesAsync(Ct));
    }

    [Fact]
    public async Task InitializeAsync_CreatesTheDocumentedIndexes()
    {
        await _store.InitializeAsync(Ct);

        var events = await IndexesAsync("events");
        var postings = await IndexesAsync("postings");
        var runs = await IndexesAsync("runs");

        Assert.True(events["seq_1"].GetValue("unique", false).ToBoolean());
        Assert.Contains("createdAt_1", events.Keys);
        Assert.Contains("company_1", events.Keys);
        Assert.Contains("kind_1", events.Keys);
        Assert.Equal(new BsonDocument { { "company", 1 }, { "status", 1 } }, postings["company_1_status_1"]["key"]);
        Assert.Contains("derived.cities_1", postings.Keys);
        Assert.Contains("sourceId_1", postings.Keys);
        Assert.Contains("sourceId_1_startedAt_1", runs.Keys);
    }

    private async Task<Dictionary<string, BsonDocument>> IndexesAsync(string collection)
    {
        var indexes = await (await Db.GetCollection<BsonDocument>(collection).Indexes.ListAsync()).ToListAsync();
        return indexes.ToDictionary(i => i["name"].AsString);
    }

    private static string Names(BsonDocument document) => string.Join(' ', document.Names.Order(StringComparer.Ordinal));

    private async Task<long> CounterAsync() =>
        (await Db.GetCollection<BsonDocument>("counters").Find(new BsonDocument("_id", "events")).SingleAsync())["seq"].ToInt64();

    private static RunCommit Commit(string runId, params string[] portalIds)
    {
        var run = StoreTestData.Run("a", runId, StoreTestData.T0);
        var postings = portalIds.Select(id => StoreTestData.Posting("a", id)).ToArray();
        var events = postings.Select(p => StoreTestData.Event(p, ChangeKind.Appeared, runId, StoreTestData.T0)).ToArray();
        return new RunCommit(StoreTestData.Finished(run, StoreTestData.T0.AddMinutes(1)), postings, events);
    }
}
