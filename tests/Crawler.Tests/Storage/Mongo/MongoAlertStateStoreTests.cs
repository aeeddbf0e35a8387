using Crawler.Storage;
using Crawler.Storage.Mongo;
using Crawler.Tests.Support;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Crawler.Tests.Storage.Mongo;

/// <summary>What only the MongoDB alert store promises: readable documents an operator can query, and its indexes.</summary>
public sealed class MongoAlertStateStoreTests : IAsyncLifetime
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private MongoTestDatabase _database = null!;
    private IAlertStateStore _store = null!;
    private MongoClient _inspector = null!;

    private IMongoDatabase Db => _inspector.GetDatabase(_database.Name);

    public async Task InitializeAsync()
    {
        _database = await MongoTestDatabase.CreateAsync();
        _store = new MongoAlertStateStore(_database.Options());
        await _store.InitializeAsync(Ct);
        _inspector = _database.InspectorClient();
    }

    public async Task DisposeAsync()
    {
        _inspector.Dispose();
        await ((IAsyncDisposable)_store).DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task SaveCursorAsync_WithDeadLetter_WritesReadableDocumentsKeyedBySinkAndEvent()
    {
        var letter = new DeadLetter
        {
            Sink = "hook", EventId = "moka-deepseek:123:1:appeared", Sequence = 1601, MessageId = "moka-deepseek:123:1:appeared",
            Reason = "HTTP 404", Attempts = 1, FirstFailedAt = StoreTestData.T0, FailedAt = StoreTestData.T0,
        };

        await _store.SaveCursorAsync(new AlertCursor { Sink = "hook", Position = 1601, PendingThrough = 1610, UpdatedAt = StoreTestData.T0 }, [letter], Ct);

        var cursor = await Db.GetCollection<BsonDocument>("alert_cursors").Find(new BsonDocument("_id", "hook")).SingleAsync();
        Assert.Equal(["_id", "pendingThrough", "position", "updatedAt"], cursor.Names.Order(StringComparer.Ordinal));
        Assert.Equal(1601L, cursor["position"].AsInt64);
        Assert.Equal(1610L, cursor["pendingThrough"].AsInt64);
        Assert.Equal(StoreTestData.T0.UtcDateTime, cursor["updatedAt"].ToUniversalTime());
        var dead = await Db.GetCollection<BsonDocument>("alert_dead_letters")
            .Find(new BsonDocument("_id", new BsonDocument { { "sink", "hook" }, { "eventId", letter.EventId } })).SingleAsync();
        Assert.Equal(
            ["_id", "attempts", "eventId", "failedAt", "firstFailedAt", "messageId", "reason", "sequence", "sink"],
            dead.Names.Order(StringComparer.Ordinal));
        Assert.Equal(1601L, dead["sequence"].AsInt64);
        Assert.Equal(BsonType.DateTime, dead["firstFailedAt"].BsonType);
        Assert.Equal("HTTP 404", dead["reason"].AsString);
    }

    [Fact]
    public async Task InitializeAsync_CreatesIndexesForListingDeadLettersBySinkAndSequence()
    {
        var indexes = await (await Db.GetCollection<BsonDocument>("alert_dead_letters").Indexes.ListAsync()).ToListAsync();

        var keys = indexes.Select(i => i["key"].AsBsonDocument.ToJson()).ToList();
        Assert.Contains("""{ "sink" : 1, "sequence" : 1 }""", keys);
        Assert.Contains("""{ "sequence" : 1 }""", keys);
    }
}
