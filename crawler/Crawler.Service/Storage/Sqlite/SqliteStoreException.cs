namespace Crawler.Storage.Sqlite;

/// <summary>
/// A failure of the SQLite store (a <see cref="StoreException"/>); the message names the database file and the operation, so an operator
/// can tell a locked, missing or unwritable file from a bug.
/// </summary>
public sealed class SqliteStoreException : StoreException
{
    public SqliteStoreException()
    {
    }

    public SqliteStoreException(string message)
        : base(message)
    {
    }

    public SqliteStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The failure of <paramref name="operation"/> on the database file <paramref name="path"/>.</summary>
    public SqliteStoreException(string path, string operation, Exception innerException)
        : base($"SQLite store '{path}': {operation} failed: {innerException.Message}", innerException)
    {
        DatabasePath = path;
    }

    /// <summary>Full path of the database file, when known.</summary>
    public string? DatabasePath { get; }
}
