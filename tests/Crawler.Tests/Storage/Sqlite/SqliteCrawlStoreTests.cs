using Crawler.Model;
using Crawler.Storage;
using Crawler.Storage.Sqlite;
using Crawler.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Crawler.Tests.Storage.Sqlite;

/// <summary>What the SQLite store promises beyond the contract: its file, its schema for analysts, its failures.</summary>
public sealed class SqliteCrawlStoreTests : IAsyncLifetime
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "crawler-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(StoreTestData.T0);
    private readonly List<SqliteCrawlStore> _stores = [];

    private string DatabasePath => Path.Combine(_directory, "nested", "crawler.db");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task InitializeAsync_MissingDirectory_CreatesFileInWalMode()
    {
        var store = await OpenAsync(DatabasePath);

        Assert.True(File.Exists(DatabasePath));
        Assert.Equal(Path.GetFullPath(DatabasePath), store.DatabasePath);
        Assert.Equal("wal", await ScalarAsync("PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task InitializeAsync_SeveralWorkersStartingOnAFreshFile_AllSucceed()
    {
        var stores = Enumerable.Range(0, 6)
            .Select(_ => new SqliteCrawlStore(new SqliteStoreOptions { Path = DatabasePath }, _time))
            .ToArray();
        _stores.AddRange(stores);

        await Task.WhenAll(stores.Select(store => Task.Run(() => store.InitializeAsync(Ct))));

        await stores[^1].UpsertSourcesAsync([StoreTestData.Source("a")], Ct);
        Assert.Single(await stores[0].ListSourceStatesAsync(Ct));
    }

    [Fact]
    public async Task InitializeAsync_PathUnderARegularFile_FailsNamingThePath()
    {
        Directory.CreateDirectory(_directory);
        var blocker = Path.Combine(_directory, "not-a-directory");
        await File.WriteAllTextAsync(blocker, "x");
        var path = Path.Combine(blocker, "crawler.db");

        var error = await Assert.ThrowsAsync<SqliteStoreException>(() => OpenAsync(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Equal(path, error.DatabasePath);
    }

    [Fact]
    public async Task InitializeAsync_FileIsNotADatabase_FailsNamingThePath()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await File.WriteAllTextAsync(DatabasePath, new string('x', 4096));

        var error = await Assert.ThrowsAsync<SqliteStoreException>(() => OpenAsync(DatabasePath));

        Assert.Contains(DatabasePath, error.Message, StringComparison.Ordinal);
        Assert.IsType<SqliteException>(error.InnerException);
    }

    [Fact]
    public async Task CommitRunAsync_OnePostingFails_NothingOfTheRunIsWritten()
    {
        var store = await OpenAsync(DatabasePath);
        await store.UpsertSourcesAsync([StoreTestData.Source("a")], Ct);
        var run = StoreTestData.Run("a", "run-1", StoreTestData.T0);
        await store.StartRunAsync(run, Ct);
        var good = StoreTestData.Posting("a", "1");
        var orphan = StoreTestData.Posting("unregistered", "2");
        var commit = new RunCommit(
            StoreTestData.Finished(run, StoreTestData.T0.AddMinutes(1)),
            [good, orphan],
            [StoreTestData.Event(good, ChangeKind.Appeared, run.Id, StoreTestData.T0)]);

        var error = await Assert.ThrowsAsync<SqliteStoreException>(() => store.CommitRunAsync(commit, Ct));

        Assert.Contains("run-1", error.Message, StringComparison.Ordinal);
        Assert.Equal(RunStatus.Running, Assert.Single(await store.ListRunsAsync("a", 10, Ct)).Status);
        Assert.Empty(await store.GetPostingsAsync("a", Ct));
        Assert.Empty(await store.ListEventsAsync(new EventQuery(), Ct));
    }

    [Fact]
    public async Task CommitRunAsync_AppliedTwice_NextNewEventTakesTheNextSequence()
    {
        var store = await OpenAsync(DatabasePath);
        await store.UpsertSourcesAsync([StoreTestData.Source("a")], Ct);
        var first = StoreTestData.Posting("a", "1");
        var commit = new RunCommit(StoreTestData.Run("a", "run-1", StoreTestData.T0), [first], [StoreTestData.Event(first, ChangeKind.Appeared, "run-1", StoreTestData.T0)]);
        await store.CommitRunAsync(commit, Ct);
        await store.CommitRunAsync(commit, Ct);
        await store.CommitRunAsync(commit, Ct);
        var second = StoreTestData.Posting("a", "2");

        await store.CommitRunAsync(commit with { Postings = [second], Events = [StoreTestData.Event(second, ChangeKind.Appeared, "run-1", StoreTestData.T0)] }, Ct);

        var sequences = (await store.ListEventsAsync(new EventQuery(), Ct)).Select(e => e.Sequence).ToArray();
        Assert.Equal([1L, 2L], sequences);
    }

    [Fact]
    public async Task CommitRunAsync_EventWithoutTime_StampedWithTheClock()
    {
        var store = await OpenAsync(DatabasePath);
        await store.UpsertSourcesAsync([StoreTestData.Source("a")], Ct);
        var posting = StoreTestData.Posting("a", "1");
        _time.Advance(TimeSpan.FromMinutes(42));

        await store.CommitRunAsync(new RunCommit(StoreTestData.Run("a", "run-1", StoreTestData.T0), [posting], [StoreTestData.Event(posting, ChangeKind.Appeared, "run-1", default)]), Ct);

        var stored = Assert.Single(await store.ListEventsAsync(new EventQuery(), Ct));
        Assert.Equal(StoreTestData.T0.AddMinutes(42), stored.CreatedAt);
    }

    [Fact]
    public async Task TwoStoresOnOneFile_SeeEachOthersWritesAndLeases()
    {
        var first = await OpenAsync(DatabasePath);
        var second = await OpenAsync(DatabasePath);
        await first.UpsertSourcesAsync([StoreTestData.Source("a")], Ct);
        var posting = StoreTestData.Posting("a", "1");
        await first.CommitRunAsync(new RunCommit(StoreTestData.Run("a", "run-1", StoreTestData.T0), [posting], [StoreTestData.Event(posting, ChangeKind.Appeared, "run-1", StoreTestData.T0)]), Ct);
        Assert.True(await first.TryAcquireLeaseAsync("a", "worker-a", TimeSpan.FromMinutes(1), StoreTestData.T0, Ct));

        Assert.False(await second.TryAcquireLeaseAsync("a", "worker-b", TimeSpan.FromMinutes(1), StoreTestData.T0, Ct));
        Assert.Equal(posting.Posting.RawJson, (await second.GetPostingsAsync("a", Ct))["a:1"].Posting.RawJson);
        Assert.Single(await second.ListEventsAsync(new EventQuery(), Ct));
    }

    [Fact]
    public async Task Tables_AfterACommit_ReadableWithPlainSql()
    {
        var store = await OpenAsync(DatabasePath);
        await store.UpsertSourcesAsync([StoreTestData.Source("a")], Ct);
        var posting = StoreTestData.Posting("a", "1");
        var run = StoreTestData.Finished(StoreTestData.Run("a", "run-1", StoreTestData.T0), StoreTestData.T0.AddMinutes(1));
        await store.CommitRunAsync(new RunCommit(run, [posting], [StoreTestData.Event(posting, ChangeKind.Appeared, "run-1", StoreTestData.T0.AddMinutes(1))]), Ct);

        Assert.Equal("appeared|2026-06-23T08:01:00.0000000Z", await ScalarAsync("SELECT kind || '|' || created_at FROM events"));
        Assert.Equal("complete|3|98", await ScalarAsync("SELECT status || '|' || \"new\" || '|' || seen FROM runs"));
        Assert.Equal("active|experienced|北京", await ScalarAsync("SELECT status || '|' || track || '|' || json_extract(cities, '$[0]') FROM postings"));
        Assert.Equal(posting.Posting.RawJson, await ScalarAsync("SELECT json_extract(posting, '$.raw_json') FROM postings"));
        Assert.Equal("3", await ScalarAsync("SELECT json_extract(derived, '$.min_years_experience') FROM postings"));
        Assert.Equal("6", await ScalarAsync("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ('ix_postings_source', 'ix_postings_company_status', 'ix_events_created', 'ix_events_source', 'ix_events_kind', 'ix_runs_source_started')"));
        Assert.Equal("0", await ScalarAsync("SELECT count(*) FROM posting_versions"));
        Assert.Equal("1", await ScalarAsync("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'ix_posting_versions_source_from'"));
    }

    [Fact]
    public async Task Tables_RunAndVersionColumns_KeepTheirStoredForms()
    {
        var store = await OpenAsync(DatabasePath);
        await store.UpsertSourcesAsync([StoreTestData.Source("a")], Ct);
        var posting = StoreTestData.Posting("a", "1") with { Version = 1, VersionFrom = StoreTestData.T0 };
        var run = StoreTestData.Finished(StoreTestData.Run("a", "run-1", StoreTestData.T0), StoreTestData.T0.AddMinutes(1));
        await store.CommitRunAsync(new RunCommit(run, [posting], []), Ct);

        Assert.Equal(
            "2026-06-23T08:00:00.0000000Z|2026-06-23T08:01:00.0000000Z|1|详情页超时|2|城市分区|1",
            await ScalarAsync("""
                SELECT started_at || '|' || finished_at || '|' || suspect || '|' || json_extract(errors, '$[1]') || '|' ||
                    json_extract(evidence, '$.partitions') || '|' || json_extract(evidence, '$.notes[1]') || '|' || json_extract(evidence, '$.is_complete')
                FROM runs
                """));
        Assert.Equal(
            "a:1|1|a|2026-06-23T08:00:00.0000000Z||experienced",
            await ScalarAsync("""
                SELECT posting_key || '|' || version || '|' || source_id || '|' || valid_from || '|' || IFNULL(valid_to, '') || '|' ||
                    json_extract(fields, '$.track')
                FROM posting_versions
                """));
    }

    [Fact]
    public async Task InitializeAsync_SchemaVersion1File_GainsHistoryAndKeepsItsPostings()
    {
        var store = await OpenAsync(DatabasePath);
        await store.UpsertSourcesAsync([StoreTestData.Source("a")], Ct);
        var run = StoreTestData.Finished(StoreTestData.Run("a", "run-1", StoreTestData.T0), StoreTestData.T0.AddMinutes(1));
        await store.CommitRunAsync(new RunCommit(run, [StoreTestData.Posting("a", "1")], []), Ct);
        await store.DisposeAsync();
        // What a file written by the previous build looks like: no history table or columns, user_version 1.
        await DowngradeToVersion1Async();

        var upgraded = await OpenAsync(DatabasePath);
        var posting = StoreTestData.Posting("a", "1") with { Version = 1, VersionFrom = StoreTestData.T0.AddHours(1) };
        var change = StoreTestData.Event(posting, ChangeKind.Changed, "run-2", StoreTestData.T0);
        await upgraded.CommitRunAsync(new RunCommit(run with { Id = "run-2" }, [posting], [change]), Ct);

        Assert.Equal("2", await ScalarAsync("PRAGMA user_version"));
        Assert.Single(await upgraded.GetPostingsAsync("a", Ct));
        Assert.Single(await upgraded.ListPostingVersionsAsync("a:1", Ct));
        Assert.Single(await upgraded.ListEventsAsync(new EventQuery(), Ct));
    }

    [Fact]
    public async Task InitializeAsync_VersionOneDatabase_GainsTheDetailFailureColumnsAndKeepsPostings()
    {
        var old = await OpenAsync(DatabasePath);
        await old.UpsertSourcesAsync([StoreTestData.Source("a")], Ct);
        var kept = StoreTestData.Posting("a", "1");
        await old.CommitRunAsync(new RunCommit(StoreTestData.Run("a", "run-1", StoreTestData.T0), [kept], []), Ct);
        await old.DisposeAsync();
        _stores.Remove(old);
        await DowngradeToVersion1Async();

        var store = await OpenAsync(DatabasePath);
        await store.CommitRunAsync(new RunCommit(StoreTestData.Run("a", "run-2", StoreTestData.T0),
            [StoreTestData.Posting("a", "2") with { DetailFailures = 1, DetailError = "answered HTTP 500" }], []), Ct);

        var postings = await store.GetPostingsAsync("a", Ct);
        Assert.Equal(StoreTestData.Render(kept), StoreTestData.Render(postings[kept.Key]));
        Assert.Equal("answered HTTP 500", postings["a:2"].DetailError);
        Assert.Equal("2", await ScalarAsync("PRAGMA user_version"));
    }

    /// <summary>What a file written by a schema-1 build looks like: none of schema 2's table or columns, user_version 1.</summary>
    private Task DowngradeToVersion1Async() => ScalarAsync("""
        DROP TABLE posting_versions;
        ALTER TABLE postings DROP COLUMN version;
        ALTER TABLE postings DROP COLUMN version_from;
        ALTER TABLE events DROP COLUMN changes;
        ALTER TABLE postings DROP COLUMN detail_failures;
        ALTER TABLE postings DROP COLUMN detail_failed_at;
        ALTER TABLE postings DROP COLUMN detail_error;
        PRAGMA user_version = 1;
        """);

    private async Task<SqliteCrawlStore> OpenAsync(string path)
    {
        var store = new SqliteCrawlStore(new SqliteStoreOptions { Path = path, BusyTimeout = TimeSpan.FromSeconds(5) }, _time);
        _stores.Add(store);
        await store.InitializeAsync(Ct);
        return store;
    }

    private async Task<string?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
