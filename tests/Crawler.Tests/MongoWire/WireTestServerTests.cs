using Crawler.MongoWire;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Crawler.Tests.MongoWire;

public sealed class WireTestServerTests : IAsyncLifetime, IDisposable
{
    private WireTestServer _server = null!;
    private MongoClient _client = null!;
    private IMongoDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _server = await WireTestServer.StartAsync();
        _client = new MongoClient(_server.ConnectionString);
        _database = _client.GetDatabase("wire");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Driver_InsertFindUpdateCount_RoundTripsDocuments()
    {
        var items = _database.GetCollection<BsonDocument>("items");
        await items.InsertManyAsync([
            new BsonDocument { { "_id", "a" }, { "n", 1 }, { "cities", new BsonArray { "Beijing", "Shanghai" } } },
            new BsonDocument { { "_id", "b" }, { "n", 5 }, { "cities", new BsonArray { "Hangzhou" } } },
            new BsonDocument { { "_id", "c" }, { "n", 9 } },
        ]);

        await items.UpdateOneAsync(
            Builders<BsonDocument>.Filter.Eq("_id", "d"),
            Builders<BsonDocument>.Update.Set("n", 7).SetOnInsert("created", true),
            new UpdateOptions { IsUpsert = true });
        await items.UpdateOneAsync(Builders<BsonDocument>.Filter.Eq("_id", "a"), Builders<BsonDocument>.Update.Inc("n", 10));

        var inBeijing = await items.Find(Builders<BsonDocument>.Filter.Eq("cities", "Beijing")).ToListAsync();
        var big = await items.Find(Builders<BsonDocument>.Filter.Gte("n", 7)).SortByDescending(d => d["n"]).ToListAsync();

        Assert.Equal(["a"], inBeijing.Select(d => d["_id"].AsString));
        Assert.Equal(["a", "c", "d"], big.Select(d => d["_id"].AsString));
        Assert.True((await items.Find(Builders<BsonDocument>.Filter.Eq("_id", "d")).SingleAsync())["created"].AsBoolean);
        Assert.Equal(2, await items.CountDocumentsAsync(Builders<BsonDocument>.Filter.Exists("cities")));
        Assert.Equal(4, await items.EstimatedDocumentCountAsync());
    }

    [Fact]
    public async Task Find_MoreThanOneBatch_ReturnsEveryDocumentThroughGetMore()
    {
        var items = _database.GetCollection<BsonDocument>("many");
        await items.InsertManyAsync(Enumerable.Range(0, 250).Select(i => new BsonDocument("_id", i)));

        var all = await items.Find(FilterDefinition<BsonDocument>.Empty, new FindOptions { BatchSize = 40 }).ToListAsync();

        Assert.Equal(Enumerable.Range(0, 250), all.Select(d => d["_id"].AsInt32));
        Assert.Equal(0, _server.Storage.Cursors.OpenCount);
    }

    [Fact]
    public async Task Hello_OverOpMsg_DescribesAWritableStandaloneWithSessions()
    {
        var admin = _client.GetDatabase("admin");

        var hello = await admin.RunCommandAsync<BsonDocument>(new BsonDocument("hello", 1));
        var legacy = await admin.RunCommandAsync<BsonDocument>(new BsonDocument("isMaster", 1));

        Assert.True(hello["isWritablePrimary"].AsBoolean);
        Assert.True(legacy["ismaster"].AsBoolean);
        Assert.Equal(30, hello["logicalSessionTimeoutMinutes"].AsInt32);
        Assert.False(hello.Contains("setName"));
        Assert.Equal(1.0, (await admin.RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1)))["ok"].ToDouble());
    }

    [Fact]
    public async Task UnknownCommand_FailsNamingTheCommand()
    {
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() =>
            _database.RunCommandAsync<BsonDocument>(new BsonDocument("collMod", "items")));

        Assert.Contains("wire test server: command 'collMod' is not implemented", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownQueryOperator_FailsInsteadOfMatchingNothing()
    {
        var items = _database.GetCollection<BsonDocument>("items");
        await items.InsertOneAsync(new BsonDocument { { "_id", 1 }, { "tags", new BsonArray { "voice" } } });

        var ex = await Assert.ThrowsAsync<MongoCommandException>(() =>
            items.Find(Builders<BsonDocument>.Filter.Nin("tags", new[] { "robotics" })).ToListAsync());

        Assert.Contains("query operator '$nin' is not implemented", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownUpdateOperator_FailsAndLeavesTheDocumentUnchanged()
    {
        var items = _database.GetCollection<BsonDocument>("items");
        await items.InsertOneAsync(new BsonDocument { { "_id", 1 }, { "tags", new BsonArray { "voice" } } });

        var ex = await Assert.ThrowsAsync<MongoCommandException>(() =>
            items.UpdateOneAsync(Builders<BsonDocument>.Filter.Eq("_id", 1), Builders<BsonDocument>.Update.Push("tags", "robotics")));

        Assert.Contains("update operator '$push' is not implemented", ex.Message, StringComparison.Ordinal);
        Assert.Equal(new BsonArray { "voice" }, (await items.Find(FilterDefinition<BsonDocument>.Empty).SingleAsync())["tags"]);
    }

    [Fact]
    public async Task FindOneAndUpdate_ConditionNoLongerHolds_ReturnsNullAndChangesNothing()
    {
        var sources = _database.GetCollection<BsonDocument>("sources");
        await sources.InsertOneAsync(new BsonDocument { { "_id", "a" }, { "holder", BsonNull.Value } });
        var claim = Builders<BsonDocument>.Filter.And(
            Builders<BsonDocument>.Filter.Eq("_id", "a"), Builders<BsonDocument>.Filter.Eq("holder", BsonNull.Value));
        var options = new FindOneAndUpdateOptions<BsonDocument> { ReturnDocument = ReturnDocument.After };

        var first = await sources.FindOneAndUpdateAsync(claim, Builders<BsonDocument>.Update.Set("holder", "w1"), options);
        var second = await sources.FindOneAndUpdateAsync(claim, Builders<BsonDocument>.Update.Set("holder", "w2"), options);

        Assert.Equal("w1", first["holder"].AsString);
        Assert.Null(second);
        Assert.Equal("w1", (await sources.Find(FilterDefinition<BsonDocument>.Empty).SingleAsync())["holder"].AsString);
    }

    [Fact]
    public async Task UnknownAggregationStage_FailsNamingTheStage()
    {
        var items = _database.GetCollection<BsonDocument>("items");
        await items.InsertOneAsync(new BsonDocument("_id", 1));

        var ex = await Assert.ThrowsAsync<MongoCommandException>(() =>
            items.Aggregate().AppendStage<BsonDocument>(new BsonDocument("$facet", new BsonDocument())).ToListAsync());

        Assert.Contains("aggregation stage '$facet' is not implemented", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommandOption_FailsInsteadOfBeingIgnored()
    {
        var items = _database.GetCollection<BsonDocument>("items");

        var ex = await Assert.ThrowsAsync<MongoCommandException>(() =>
            items.Find(FilterDefinition<BsonDocument>.Empty, new FindOptions { Collation = new Collation("en") }).ToListAsync());

        Assert.Contains("option 'collation' of command 'find' is not implemented", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UniqueIndex_DuplicateInsert_ReturnsMongoDuplicateKeyError()
    {
        var events = _database.GetCollection<BsonDocument>("events");
        await events.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(
            new BsonDocument("seq", 1), new CreateIndexOptions { Unique = true, Name = "seq_unique" }));
        await events.InsertOneAsync(new BsonDocument { { "_id", "e1" }, { "seq", 1L } });

        var ex = await Assert.ThrowsAsync<MongoWriteException>(() =>
            events.InsertOneAsync(new BsonDocument { { "_id", "e2" }, { "seq", 1L } }));

        Assert.Equal(ServerErrorCategory.DuplicateKey, ex.WriteError.Category);
        Assert.Equal(11000, ex.WriteError.Code);
        Assert.StartsWith("E11000 duplicate key error collection: wire.events index: seq_unique dup key: { seq:", ex.WriteError.Message, StringComparison.Ordinal);
        Assert.Equal(1, await events.CountDocumentsAsync(FilterDefinition<BsonDocument>.Empty));
    }

    [Fact]
    public async Task Aggregate_UnwindGroupAvg_ComputesPerCityMeans()
    {
        var postings = _database.GetCollection<BsonDocument>("postings");
        await postings.InsertManyAsync([
            new BsonDocument { { "_id", 1 }, { "cities", new BsonArray { "Beijing", "Shanghai" } }, { "years", 2 } },
            new BsonDocument { { "_id", 2 }, { "cities", new BsonArray { "Beijing" } }, { "years", 4 } },
        ]);

        var rows = await postings.Aggregate()
            .Unwind("cities")
            .Group(new BsonDocument { { "_id", "$cities" }, { "n", new BsonDocument("$sum", 1) }, { "avg", new BsonDocument("$avg", "$years") } })
            .Sort(new BsonDocument("_id", 1))
            .ToListAsync();

        Assert.Equal(["Beijing", "Shanghai"], rows.Select(r => r["_id"].AsString));
        Assert.Equal([2, 1], rows.Select(r => r["n"].AsInt32));
        Assert.Equal([3.0, 2.0], rows.Select(r => r["avg"].AsDouble));
    }
}
