namespace Crawler.MongoWire.Engine;

/// <summary>
/// All databases of one server. Every command runs under <see cref="Gate"/>, so each command is atomic,
/// as single-document operations are on a real server (what leases rely on).
/// </summary>
public sealed class WireStorage
{
    private readonly Dictionary<string, Dictionary<string, WireCollection>> _databases = new(StringComparer.Ordinal);

    public object Gate { get; } = new();

    public CursorRegistry Cursors { get; } = new();

    public WireCollection? Find(string database, string collection) =>
        _databases.TryGetValue(database, out var collections) && collections.TryGetValue(collection, out var found) ? found : null;

    public WireCollection GetOrCreate(string database, string collection)
    {
        if (!_databases.TryGetValue(database, out var collections))
        {
            collections = new Dictionary<string, WireCollection>(StringComparer.Ordinal);
            _databases[database] = collections;
        }

        if (!collections.TryGetValue(collection, out var found))
        {
            found = new WireCollection(database, collection);
            collections[collection] = found;
        }

        return found;
    }

    public IReadOnlyList<WireCollection> List(string database) =>
        _databases.TryGetValue(database, out var collections) ? [.. collections.Values] : [];

    public bool Drop(string database, string collection) =>
        _databases.TryGetValue(database, out var collections) && collections.Remove(collection);

    public bool DropDatabase(string database) => _databases.Remove(database);
}
