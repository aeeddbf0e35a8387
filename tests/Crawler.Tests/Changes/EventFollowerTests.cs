using Crawler.Changes;
using Crawler.Model;
using Crawler.Storage;
using Crawler.Storage.Sqlite;
using Crawler.Tests.Storage.Mongo;
using Crawler.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Crawler.Tests.Changes;

public sealed class EventFollowerTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "crawler-follow-" + Guid.NewGuid().ToString("N"));

    public EventFollowerTests() => Directory.CreateDirectory(_directory);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Follow_ConsumerRestartedWithItsCursor_SeesEveryEventExactlyOnce_OnSqlite()
    {
        await using var store = new SqliteCrawlStore(new SqliteStoreOptions { Path = Path.Combine(_directory, "db.sqlite") }, new FakeTimeProvider(StoreTestData.T0));
        await AssertResumesWithoutGapsOrRepeatsAsync(store);
    }

    [Fact]
    public async Task Follow_ConsumerRestartedWithItsCursor_SeesEveryEventExactlyOnce_OnMongo()
    {
        await using var database = await MongoTestDatabase.CreateAsync();
        await using var store = database.CreateStore();
        await AssertResumesWithoutGapsOrRepeatsAsync(store);
    }

    private async Task AssertResumesWithoutGapsOrRepeatsAsync(ICrawlStore store)
    {
        var ct = CancellationToken.None;
        await store.InitializeAsync(ct);
        await store.UpsertSourcesAsync([StoreTestData.Source("s")], ct);
        var cursor = Path.Combine(_directory, "cursor");
        var seen = new List<string>();

        await CommitEventsAsync(store, "run-1", 0, 7);
        seen.AddRange(await ConsumeAsync(store, cursor, stopAfter: 4)); // the consumer dies after 4 events
        await CommitEventsAsync(store, "run-2", 7, 5);
        seen.AddRange(await ConsumeAsync(store, cursor, stopAfter: int.MaxValue)); // restarted: resumes at its cursor

        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"e{i:00}"), seen);
    }

    private static async Task<List<string>> ConsumeAsync(ICrawlStore store, string cursor, int stopAfter)
    {
        var follower = new EventFollower(store, TimeProvider.System);
        var ids = new List<string>();
        await foreach (var change in follower.FollowAsync(new EventQuery(), EventFollower.ReadCursor(cursor), TimeSpan.FromMilliseconds(10), follow: false, CancellationToken.None))
        {
            ids.Add(change.Id);
            EventFollower.WriteCursor(cursor, change.Sequence);
            if (ids.Count >= stopAfter) break;
        }

        return ids;
    }

    private static async Task CommitEventsAsync(ICrawlStore store, string runId, int first, int count)
    {
        var postings = Enumerable.Range(first, count).Select(i => StoreTestData.Posting("s", $"p{i}")).ToList();
        var events = postings.Select((p, i) => StoreTestData.Event(p, ChangeKind.Appeared, runId, StoreTestData.T0) with { Id = $"e{first + i:00}" }).ToList();
        await store.CommitRunAsync(new RunCommit(StoreTestData.Run("s", runId, StoreTestData.T0), postings, events), CancellationToken.None);
    }
}
