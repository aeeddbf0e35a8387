using System.Data;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Crawler.Storage.Sqlite;

/// <summary>
/// Opens a short-lived connection per operation (Microsoft.Data.Sqlite pools them), so threads never share
/// one and SQLite's file locks coordinate processes; turns every failure into a
/// <see cref="SqliteStoreException"/> naming the file. Connections run with <c>synchronous = NORMAL</c>, SQLite's
/// advice for WAL mode: a commit is durable when the process is killed and the file is never corrupted; only a
/// power loss can take back the last commits (which the next run renders again). With the default FULL every
/// snapshot write waited for an fsync: 15 ms a snapshot in the benchmark.
/// </summary>
internal sealed class SqliteDatabase
{
    private readonly string _connectionString;
    private readonly string _connectionPragmas;
    private readonly string _immutableConnectionString;

    public SqliteDatabase(SqliteStoreOptions options)
    {
        FullPath = System.IO.Path.GetFullPath(options.Path);
        ReadOnly = options.ReadOnly;
        var busyMilliseconds = (int)Math.Clamp(options.BusyTimeout.TotalMilliseconds, 0, int.MaxValue);
        _connectionPragmas = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {busyMilliseconds}; PRAGMA synchronous = NORMAL;");
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FullPath,
            Mode = options.ReadOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(Math.Max(options.BusyTimeout.TotalSeconds, 1)),
        }.ToString();
        _immutableConnectionString = new SqliteConnectionStringBuilder(_connectionString)
        {
            DataSource = new Uri(FullPath).AbsoluteUri + "?immutable=1",
        }.ToString();
    }

    /// <summary>Full path of the database file.</summary>
    public string FullPath { get; }

    /// <summary>Opened with <c>Mode=ReadOnly</c>: nothing is created or written.</summary>
    public bool ReadOnly { get; }

    /// <summary>Runs <paramref name="work"/> on a fresh connection.</summary>
    public async Task<T> ExecuteAsync<T>(string operation, Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            try
            {
                await using var connection = await OpenAsync(_connectionString, cancellationToken);
                return await work(connection);
            }
            catch (SqliteException ex) when (CannotCreateSharedMemory(ex))
            {
                await using var connection = await OpenAsync(_immutableConnectionString, cancellationToken);
                return await work(connection);
            }
        }
        catch (Exception ex) when (IsStoreFailure(ex))
        {
            throw new SqliteStoreException(FullPath, operation, ex);
        }
    }

    /// <summary>
    /// A reader who may not write the file's directory (a read-only verb on another user's store): SQLite cannot
    /// create the <c>-shm</c> file it reads a WAL database through. With no <c>-shm</c> file no connection has the
    /// database open, so it is read as immutable (no locks, no side files); when a writer has it open, its
    /// <c>-shm</c> file exists and is read as usual.
    /// </summary>
    private bool CannotCreateSharedMemory(SqliteException ex) =>
        ReadOnly && ex.SqliteErrorCode is 8 or 14 && File.Exists(FullPath) && !File.Exists(FullPath + "-shm");

    /// <summary>Runs one statement that answers a single value (a pragma, a count).</summary>
    public Task<T?> ScalarAsync<T>(string operation, string sql, CancellationToken cancellationToken) =>
        ExecuteAsync(operation, async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var value = await command.ExecuteScalarAsync(cancellationToken);
            return value is null or DBNull ? default : (T)value;
        }, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one write transaction, taken with BEGIN IMMEDIATE so a writer waits
    /// for the lock up front instead of failing when it upgrades from reading.
    /// </summary>
    public Task<T> ExecuteInTransactionAsync<T>(string operation, Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        ExecuteAsync(operation, async connection =>
        {
            await using var transaction = connection.BeginTransaction(IsolationLevel.Serializable, deferred: false);
            var result = await work(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }, cancellationToken);

    /// <summary>Creates the file's directory; a failure names the path.</summary>
    public void EnsureDirectory()
    {
        try
        {
            var directory = System.IO.Path.GetDirectoryName(FullPath);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
        }
        catch (Exception ex) when (IsStoreFailure(ex))
        {
            throw new SqliteStoreException(FullPath, "creating the database directory", ex);
        }
    }

    /// <summary>Returns this file's idle pooled connections so the file can be closed and deleted.</summary>
    public void ClearPool()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = _connectionPragmas;
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static bool IsStoreFailure(Exception ex) =>
        ex is SqliteException or IOException or UnauthorizedAccessException or JsonException or FormatException;
}
