using Crawler.MongoWire;
using Crawler.Storage.Mongo;
using Crawler.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using MongoDB.Driver;

namespace Crawler.Tests.Storage.Mongo;

/// <summary>
/// A fresh MongoDB database for one test: on the server in <c>MONGODB_URI</c> when it is set (dropped
/// afterwards), otherwise on a private in-process <see cref="WireTestServer"/>.
/// </summary>
public sealed class MongoTestDatabase : IAsyncDisposable
{
    public const string UriVariable = "MONGODB_URI";

    private WireTestServer? _server;
    private string _connectionString = "";

    public string Name { get; } = "crawler_test_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>The wire server, or null when the tests run against a real MongoDB.</summary>
    public WireTestServer? Server => _server;

    public static async Task<MongoTestDatabase> CreateAsync()
    {
        var database = new MongoTestDatabase();
        var uri = Environment.GetEnvironmentVariable(UriVariable);
        if (string.IsNullOrWhiteSpace(uri))
        {
            database._server = await WireTestServer.StartAsync();
            uri = database._server.ConnectionString;
        }

        database._connectionString = uri;
        return database;
    }

    /// <summary>
    /// Options for one worker. Each worker gets its own application name, so the driver gives it its own
    /// MongoClient cluster and connection pool (clients with equal settings would share one).
    /// </summary>
    public MongoStoreOptions Options(string worker = "worker-a", int? inlineLimit = null) => new()
    {
        ConnectionString = WithAppName(_connectionString, worker),
        Database = Name,
        SnapshotInlineLimitBytes = inlineLimit ?? new MongoStoreOptions().SnapshotInlineLimitBytes,
    };

    public MongoCrawlStore CreateStore(string worker = "worker-a", int? inlineLimit = null) =>
        new(Options(worker, inlineLimit), new FakeTimeProvider(StoreTestData.T0));

    /// <summary>A client for inspecting what the store wrote, as an analyst in mongosh would see it.</summary>
    public MongoClient InspectorClient() => new(WithAppName(_connectionString, "inspector"));

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            return;
        }

        using var client = InspectorClient();
        await client.DropDatabaseAsync(Name);
    }

    private static string WithAppName(string uri, string appName)
    {
        var builder = new MongoUrlBuilder(uri) { ApplicationName = appName };
        return builder.ToString();
    }
}
