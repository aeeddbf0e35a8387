using MongoDB.Bson;
using MongoDB.Driver;
using MongoDB.Driver.GridFS;

namespace Crawler.Storage.Mongo;

/// <summary>The store's collections in one database, and the indexes analysts and the store rely on.</summary>
internal sealed class MongoCollections
{
    public const string SnapshotBucket = "snapshots";

    public MongoCollections(IMongoDatabase database)
    {
        ModelBsonMaps.Register();
        Database = database;
        Sources = database.GetCollection<BsonDocument>("sources");
        Runs = database.GetCollection<BsonDocument>("runs");
        Postings = database.GetCollection<BsonDocument>("postings");
        Snapshots = database.GetCollection<BsonDocument>("snapshots");
        Events = database.GetCollection<BsonDocument>("events");
        PostingVersions = database.GetCollection<BsonDocument>("postingVersions");
        Counters = database.GetCollection<BsonDocument>("counters");
        AlertCursors = database.GetCollection<BsonDocument>("alert_cursors");
        AlertDeadLetters = database.GetCollection<BsonDocument>("alert_dead_letters");
        SnapshotFiles = new GridFSBucket(database, new GridFSBucketOptions { BucketName = SnapshotBucket });
    }

    public IMongoDatabase Database { get; }

    public IMongoCollection<BsonDocument> Sources { get; }

    public IMongoCollection<BsonDocument> Runs { get; }

    public IMongoCollection<BsonDocument> Postings { get; }

    public IMongoCollection<BsonDocument> Snapshots { get; }

    public IMongoCollection<BsonDocument> Events { get; }

    /// <summary>Every version of each posting's business fields (<see cref="PostingVersionDocuments"/>).</summary>
    public IMongoCollection<BsonDocument> PostingVersions { get; }

    public IMongoCollection<BsonDocument> Counters { get; }

    /// <summary>One cursor per alert sink (<see cref="MongoAlertStateStore"/>).</summary>
    public IMongoCollection<BsonDocument> AlertCursors { get; }

    /// <summary>Alert dead letters, one per sink and event (<see cref="MongoAlertStateStore"/>).</summary>
    public IMongoCollection<BsonDocument> AlertDeadLetters { get; }

    /// <summary>GridFS bucket <c>snapshots</c> (<c>snapshots.files</c>, <c>snapshots.chunks</c>) for large bodies.</summary>
    public IGridFSBucket SnapshotFiles { get; }

    /// <summary>Creates every index; creating an existing identical index is a no-op, so this is idempotent.</summary>
    public async Task CreateIndexesAsync(CancellationToken cancellationToken)
    {
        // _id is unique on every collection: posting key, event id, run id, snapshot id, source id.
        await Events.Indexes.CreateManyAsync(
        [
            Index("seq", unique: true),
            Index("createdAt"),
            Index("company"),
            Index("kind"),
        ], cancellationToken);
        await Postings.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<BsonDocument>(new BsonDocument { { "company", 1 }, { "status", 1 } }),
            Index("derived.cities"),
            Index("sourceId"),
        ], cancellationToken);
        await Runs.Indexes.CreateOneAsync(
            new CreateIndexModel<BsonDocument>(new BsonDocument { { "sourceId", 1 }, { "startedAt", 1 } }),
            cancellationToken: cancellationToken);
        await Snapshots.Indexes.CreateOneAsync(Index("postingKey"), cancellationToken: cancellationToken);
        await PostingVersions.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<BsonDocument>(new BsonDocument { { "postingKey", 1 }, { "version", 1 } }, new CreateIndexOptions { Unique = true }),
            new CreateIndexModel<BsonDocument>(new BsonDocument { { "sourceId", 1 }, { "validFrom", 1 } }),
        ], cancellationToken);
    }

    /// <summary>
    /// Indexes of the alert collections, created by the alert store (as SQLite's alert store creates its tables).
    /// Cursors are read and written by <c>_id</c> only; dead letters are listed per sink or across sinks in sequence order.
    /// </summary>
    public Task CreateAlertIndexesAsync(CancellationToken cancellationToken) =>
        AlertDeadLetters.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<BsonDocument>(new BsonDocument { { "sink", 1 }, { "sequence", 1 } }),
            Index("sequence"),
        ], cancellationToken);

    private static CreateIndexModel<BsonDocument> Index(string field, bool unique = false) =>
        new(new BsonDocument(field, 1), new CreateIndexOptions { Unique = unique ? true : null });
}
