namespace Crawler.Storage.Sqlite;

/// <summary>
/// Where and how the embedded SQLite store keeps its data. Bound from the <c>Storage:Sqlite</c> section.
/// </summary>
public sealed class SqliteStoreOptions
{
    /// <summary>
    /// Database file; relative paths resolve against the working directory and missing directories are
    /// created. Several workers (threads or processes) may share one file. Default <c>data/crawler.db</c>.
    /// </summary>
    public string Path { get; set; } = "data/crawler.db";

    /// <summary>
    /// How long an operation waits for another writer's lock before it fails. Default 30 seconds.
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Open the file read-only and create nothing (no directory, no tables, no WAL switch); the file must exist.
    /// Set by the verbs that only read (<c>events</c>, <c>sources list</c>, <c>report</c>). Default <c>false</c>.
    /// </summary>
    public bool ReadOnly { get; set; }
}
