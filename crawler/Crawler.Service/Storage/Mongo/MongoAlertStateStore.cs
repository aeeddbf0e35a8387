using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;

namespace Crawler.Storage.Mongo;

/// <summary>
/// Alert cursors and dead letters in the crawl store's MongoDB database (collections <c>alert_cursors</c> and
/// <c>alert_dead_letters</c>, fields in <see cref="AlertStateDocuments"/>). Needs no transactions: saving a
/// cursor writes its dead letters first and the cursor second, so a crash in between only repeats the
/// dead-letter upserts, which the compound <c>_id</c> {sink, eventId} folds into the same documents.
/// </summary>
public sealed class MongoAlertStateStore : IAlertStateStore, IAsyncDisposable
{
    private static readonly ReplaceOptions Upsert = new() { IsUpsert = true };

    private readonly IMongoClient _client;
    private readonly bool _ownsClient;
    private readonly MongoCollections _collections;

    /// <summary>A store on the process's shared client (the client outlives the store).</summary>
    public MongoAlertStateStore(IMongoClient client, MongoStoreOptions options)
        : this(client, ownsClient: false, options)
    {
    }

    /// <summary>A store with its own client, built from <see cref="MongoStoreOptions.ConnectionString"/> and disposed with it.</summary>
    public MongoAlertStateStore(MongoStoreOptions options)
        : this(MongoClientFactory.Create(options), ownsClient: true, options)
    {
    }

    private MongoAlertStateStore(IMongoClient client, bool ownsClient, MongoStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Database);
        _client = client;
        _ownsClient = ownsClient;
        _collections = new MongoCollections(client.GetDatabase(options.Database));
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => _collections.CreateAlertIndexesAsync(cancellationToken);

    public async Task<AlertCursor?> GetCursorAsync(string sink, CancellationToken cancellationToken)
    {
        var document = await _collections.AlertCursors.Find(new BsonDocument("_id", sink)).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : BsonSerializer.Deserialize<AlertCursor>(document);
    }

    public async Task SaveCursorAsync(AlertCursor cursor, IReadOnlyList<DeadLetter> deadLetters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        ArgumentNullException.ThrowIfNull(deadLetters);

        // Dead letters before the cursor: a cursor stored without its dead letters would lose those events.
        if (deadLetters.Count > 0)
        {
            var writes = deadLetters.Select(letter => new UpdateOneModel<BsonDocument>(
                new BsonDocument("_id", AlertStateDocuments.DeadLetterId(letter.Sink, letter.EventId)),
                AlertStateDocuments.AddFailure(letter))
            { IsUpsert = true });
            await _collections.AlertDeadLetters.BulkWriteAsync(writes, new BulkWriteOptions { IsOrdered = true }, cancellationToken);
        }

        await _collections.AlertCursors.ReplaceOneAsync(
            new BsonDocument("_id", cursor.Sink), cursor.ToBsonDocument(), Upsert, cancellationToken);
    }

    public async Task<IReadOnlyList<DeadLetter>> ListDeadLettersAsync(string? sink, string? eventId, int limit, CancellationToken cancellationToken)
    {
        // Same as SQLite's LIMIT: 0 lists nothing, a negative limit lists all.
        if (limit == 0)
        {
            return [];
        }

        var filter = new BsonDocument();
        if (sink is not null)
        {
            filter["sink"] = sink;
        }

        if (eventId is not null)
        {
            filter["eventId"] = eventId;
        }

        var documents = await _collections.AlertDeadLetters.Find(filter)
            .Sort(new BsonDocument { { "sequence", 1 }, { "sink", 1 } })
            .Limit(limit > 0 ? limit : null)
            .ToListAsync(cancellationToken);
        return [.. documents.Select(d => BsonSerializer.Deserialize<DeadLetter>(d))];
    }

    public Task SaveDeadLetterAsync(DeadLetter deadLetter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deadLetter);
        return _collections.AlertDeadLetters.ReplaceOneAsync(
            new BsonDocument("_id", AlertStateDocuments.DeadLetterId(deadLetter.Sink, deadLetter.EventId)),
            AlertStateDocuments.WriteDeadLetter(deadLetter),
            Upsert,
            cancellationToken);
    }

    public async Task<bool> DeleteDeadLetterAsync(string sink, string eventId, CancellationToken cancellationToken)
    {
        var result = await _collections.AlertDeadLetters.DeleteOneAsync(
            new BsonDocument("_id", AlertStateDocuments.DeadLetterId(sink, eventId)), cancellationToken);
        return result.DeletedCount > 0;
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
