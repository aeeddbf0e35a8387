using Crawler.MongoWire;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Crawler.Tests.MongoWire;

/// <summary>
/// Where the wire test server could disagree with MongoDB in a way the store or the documented analyst
/// queries would notice: each answer here is what a real server (8.0) gives.
/// </summary>
public sealed class WireTestServerMongoSemanticsTests : IAsyncLifetime, IDisposable
{
    private WireTestServer _server = null!;
    private MongoClient _client = null!;
    private IMongoCollection<BsonDocument> _items = null!;

    public async Task InitializeAsync()
    {
        _server = await WireTestServer.StartAsync();
        _client = new MongoClient(_server.ConnectionString);
        _items = _client.GetDatabase("wire").GetCollection<BsonDocument>("items");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Aggregate_ProjectOfAMissingPath_OmitsTheField()
    {
        await _items.InsertManyAsync([
            new BsonDocument { { "_id", 1 }, { "derived", new BsonDocument("cities", new BsonArray { "Beijing" }) } },
            new BsonDocument { { "_id", 2 }, { "derived", new BsonDocument() } },
        ]);

        var rows = await _items.Aggregate()
            .Project(new BsonDocument { { "city", "$derived.cities" }, { "nested", new BsonDocument("c", "$derived.cities") } })
            .Sort(new BsonDocument("_id", 1))
            .ToListAsync();

        Assert.Equal(new BsonDocument { { "_id", 1 }, { "city", new BsonArray { "Beijing" } }, { "nested", new BsonDocument("c", new BsonArray { "Beijing" }) } }, rows[0]);
        Assert.Equal(new BsonDocument { { "_id", 2 }, { "nested", new BsonDocument() } }, rows[1]);
    }

    [Theory]
    [InlineData("""{ "$set": { "n": 1 }, "$inc": { "n": 1 } }""", "n", "n")]
    [InlineData("""{ "$set": { "n": 1 }, "$setOnInsert": { "n": 2 } }""", "n", "n")]
    [InlineData("""{ "$set": { "a.b": 1 }, "$unset": { "a": "" } }""", "a", "a")]
    [InlineData("""{ "$set": { "a": 1, "a.b": 2 } }""", "a.b", "a")]
    public async Task Update_TwoOperatorsOnOnePath_FailsWithMongosConflictErrorAndChangesNothing(string update, string path, string at)
    {
        await _items.InsertOneAsync(new BsonDocument { { "_id", 1 }, { "n", 5 } });

        var write = await Assert.ThrowsAsync<MongoWriteException>(() =>
            _items.UpdateOneAsync(new BsonDocument("_id", 1), BsonDocument.Parse(update)));
        var command = await Assert.ThrowsAsync<MongoCommandException>(() =>
            _items.FindOneAndUpdateAsync<BsonDocument>(new BsonDocument("_id", 1), BsonDocument.Parse(update)));

        Assert.Equal(40, write.WriteError.Code);
        Assert.Equal($"Updating the path '{path}' would create a conflict at '{at}'", write.WriteError.Message);
        Assert.Equal(40, command.Code);
        Assert.Equal("ConflictingUpdateOperators", command.CodeName);
        Assert.Equal(new BsonDocument { { "_id", 1 }, { "n", 5 } }, await _items.Find(FilterDefinition<BsonDocument>.Empty).SingleAsync());
    }

    [Fact]
    public async Task PathThroughAnArrayOfSubDocuments_MatchesProjectsAndSortsAsMongoDb()
    {
        static BsonDocument City(string code, string name) => new() { { "code", code }, { "name", name } };
        await _items.InsertManyAsync([
            new BsonDocument { { "_id", 1 }, { "raw", new BsonDocument("city_list", new BsonArray { City("CT_11", "北京"), City("CT_125", "上海") }) } },
            new BsonDocument { { "_id", 2 }, { "raw", new BsonDocument("city_list", new BsonArray { City("CT_128", "深圳") }) } },
            new BsonDocument { { "_id", 3 }, { "raw", new BsonDocument("city_list", new BsonArray()) } },
        ]);

        var byName = await _items.Find(BsonDocument.Parse("""{ "raw.city_list.name": "北京" }""")).ToListAsync();
        var byWholeValue = await _items.Find(BsonDocument.Parse("""{ "raw.city_list": "北京" }""")).ToListAsync();
        var byPosition = await _items.Find(BsonDocument.Parse("""{ "raw.city_list.0.code": "CT_128" }""")).ToListAsync();
        var names = await _items.Aggregate().Project(new BsonDocument("names", "$raw.city_list.name")).Sort(new BsonDocument("_id", 1)).ToListAsync();
        var sorted = await _items.Find(FilterDefinition<BsonDocument>.Empty).Sort(new BsonDocument("raw.city_list.code", -1)).ToListAsync();

        Assert.Equal([1], byName.Select(d => d["_id"].AsInt32));
        Assert.Empty(byWholeValue);
        Assert.Equal([2], byPosition.Select(d => d["_id"].AsInt32));
        Assert.Equal([new BsonArray { "北京", "上海" }, new BsonArray { "深圳" }, new BsonArray()], names.Select(d => d["names"]));
        Assert.Equal([2, 1, 3], sorted.Select(d => d["_id"].AsInt32)); // by each document's largest code
    }

    [Theory]
    [InlineData(1, new[] { "empty", "missing", "null", "one" })]
    [InlineData(-1, new[] { "one", "missing", "null", "empty" })]
    public async Task Sort_EmptyArray_SortsBelowNullAndMissingInEitherDirection(int direction, string[] expected)
    {
        await _items.InsertManyAsync([
            new BsonDocument { { "_id", "one" }, { "v", new BsonArray { 1 } } },
            new BsonDocument { { "_id", "null" }, { "v", BsonNull.Value } },
            new BsonDocument { { "_id", "empty" }, { "v", new BsonArray() } },
            new BsonDocument("_id", "missing"),
        ]);

        var sorted = await _items.Find(FilterDefinition<BsonDocument>.Empty).Sort(new BsonDocument { { "v", direction }, { "_id", 1 } }).ToListAsync();

        Assert.Equal(expected, sorted.Select(d => d["_id"].AsString));
    }
}
