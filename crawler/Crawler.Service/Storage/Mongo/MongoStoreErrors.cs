using MongoDB.Bson;
using MongoDB.Driver;

namespace Crawler.Storage.Mongo;

/// <summary>
/// Turns a driver failure (unreachable server, refused command, unreadable document) into a
/// <see cref="StoreException"/> naming the database and the operation, as the SQLite store does, so a caller
/// never mistakes a store outage (the driver's server-selection <see cref="TimeoutException"/>) for a slow portal.
/// </summary>
internal sealed class MongoStoreErrors(string database)
{
    public async Task<T> RunAsync<T>(string operation, Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception ex) when (ex is MongoException or TimeoutException or BsonException or FormatException)
        {
            throw new StoreException($"MongoDB store (database '{database}'): {operation} failed: {ex.Message.Split('\n')[0]}", ex);
        }
    }

    public Task RunAsync(string operation, Func<Task> work) =>
        RunAsync(operation, async () =>
        {
            await work();
            return true;
        });
}
