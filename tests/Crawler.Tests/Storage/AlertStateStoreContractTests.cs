using Crawler.Storage;
using Crawler.Tests.Support;

namespace Crawler.Tests.Storage;

/// <summary>
/// The one contract every <see cref="IAlertStateStore"/> must pass (SQLite, MongoDB): cursors per sink,
/// dead letters that fold repeated failures of one event, listing in sequence order, and state that a
/// restarted process (a new store on the same database) reads back.
/// </summary>
public abstract class AlertStateStoreContractTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = StoreTestData.T0;
    private readonly List<IAlertStateStore> _stores = [];

    /// <summary>The store under test, initialised, on a fresh empty database.</summary>
    protected IAlertStateStore Store { get; private set; } = null!;

    protected static CancellationToken Ct => CancellationToken.None;

    /// <summary>A new store on the test's database (not yet initialised); the first call makes the database.</summary>
    protected abstract Task<IAlertStateStore> OpenStoreAsync();

    /// <summary>Removes the database after the stores were disposed.</summary>
    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        Store = await OpenStoreAsync();
        _stores.Add(Store);
        await Store.InitializeAsync(Ct);
    }

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            if (store is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }

        await DropDatabaseAsync();
    }

    [Fact]
    public async Task GetCursorAsync_NewSink_ReturnsNull()
    {
        Assert.Null(await Store.GetCursorAsync("hook", Ct));
    }

    [Fact]
    public async Task SaveCursorAsync_ThenRestart_CursorReadBackPerSink()
    {
        await Store.SaveCursorAsync(Cursor("hook", 10, pendingThrough: 25, T0), [], Ct);
        await Store.SaveCursorAsync(Cursor("slack", 3, pendingThrough: null, T0.AddMinutes(1)), [], Ct);

        var restarted = await RestartAsync();

        Assert.Equal(Cursor("hook", 10, pendingThrough: 25, T0), await restarted.GetCursorAsync("hook", Ct));
        Assert.Equal(Cursor("slack", 3, pendingThrough: null, T0.AddMinutes(1)), await restarted.GetCursorAsync("slack", Ct));
    }

    [Fact]
    public async Task SaveCursorAsync_Again_ReplacesPositionAndClearsPending()
    {
        await Store.SaveCursorAsync(Cursor("hook", 10, pendingThrough: 25, T0), [], Ct);

        await Store.SaveCursorAsync(Cursor("hook", 25, pendingThrough: null, T0.AddMinutes(5)), [], Ct);

        Assert.Equal(Cursor("hook", 25, pendingThrough: null, T0.AddMinutes(5)), await Store.GetCursorAsync("hook", Ct));
    }

    [Fact]
    public async Task SaveCursorAsync_WithDeadLetters_StoresBothAndListsInSequenceOrder()
    {
        await Store.SaveCursorAsync(Cursor("hook", 12, null, T0), [Letter("hook", "e12", 12), Letter("hook", "e11", 11)], Ct);

        var letters = await Store.ListDeadLettersAsync(null, null, 100, Ct);

        Assert.Equal(["e11", "e12"], letters.Select(l => l.EventId));
        Assert.Equal(Letter("hook", "e11", 11), letters[0]);
        Assert.Equal(12, (await Store.GetCursorAsync("hook", Ct))!.Position);
    }

    [Fact]
    public async Task SaveCursorAsync_SameEventFailsAgain_OneLetterWithAddedAttemptsAndFirstFailureKept()
    {
        await Store.SaveCursorAsync(Cursor("hook", 5, null, T0), [Letter("hook", "e5", 5, attempts: 4, failedAt: T0)], Ct);
        var again = Letter("hook", "e5", 5, attempts: 4, failedAt: T0.AddHours(1)) with
        {
            FirstFailedAt = T0.AddHours(1),
            MessageId = "digest-00000000000000000000000000000005",
            Reason = "HTTP 404",
        };

        // Also what a crash between the dead letters and the cursor leads to: the same letters written again.
        await Store.SaveCursorAsync(Cursor("hook", 5, null, T0.AddHours(1)), [again], Ct);

        var letter = Assert.Single(await Store.ListDeadLettersAsync(null, null, 100, Ct));
        Assert.Equal(8, letter.Attempts);
        Assert.Equal(T0, letter.FirstFailedAt);
        Assert.Equal(T0.AddHours(1), letter.FailedAt);
        Assert.Equal("HTTP 404", letter.Reason);
        Assert.Equal(again.MessageId, letter.MessageId);
    }

    [Fact]
    public async Task ListDeadLettersAsync_BySinkByEventAndLimit_ReturnsOnlyThoseInOrder()
    {
        await Store.SaveCursorAsync(Cursor("hook", 3, null, T0), [Letter("hook", "e1", 1), Letter("hook", "e3", 3)], Ct);
        await Store.SaveCursorAsync(Cursor("slack", 3, null, T0), [Letter("slack", "e1", 1), Letter("slack", "e2", 2)], Ct);

        var all = await Store.ListDeadLettersAsync(null, null, 100, Ct);
        var slack = await Store.ListDeadLettersAsync("slack", null, 100, Ct);
        var e1 = await Store.ListDeadLettersAsync(null, "e1", 100, Ct);
        var hookE1 = await Store.ListDeadLettersAsync("hook", "e1", 100, Ct);
        var firstTwo = await Store.ListDeadLettersAsync(null, null, 2, Ct);

        Assert.Equal(["hook/e1", "slack/e1", "slack/e2", "hook/e3"], all.Select(Key));
        Assert.Equal(["slack/e1", "slack/e2"], slack.Select(Key));
        Assert.Equal(["hook/e1", "slack/e1"], e1.Select(Key));
        Assert.Equal(["hook/e1"], hookE1.Select(Key));
        Assert.Equal(["hook/e1", "slack/e1"], firstTwo.Select(Key));
    }

    [Fact]
    public async Task SaveDeadLetterAsync_AfterFailedRedelivery_ReplacesTheLetter()
    {
        await Store.SaveCursorAsync(Cursor("hook", 7, null, T0), [Letter("hook", "e7", 7, attempts: 4)], Ct);
        var redelivered = Letter("hook", "e7", 7, attempts: 5, failedAt: T0.AddDays(1)) with { Reason = "HTTP 410" };

        await Store.SaveDeadLetterAsync(redelivered, Ct);

        Assert.Equal(redelivered, Assert.Single(await (await RestartAsync()).ListDeadLettersAsync("hook", "e7", 100, Ct)));
    }

    [Fact]
    public async Task DeleteDeadLetterAsync_Delivered_RemovesOnlyThatSinksLetter()
    {
        await Store.SaveCursorAsync(Cursor("hook", 1, null, T0), [Letter("hook", "e1", 1)], Ct);
        await Store.SaveCursorAsync(Cursor("slack", 1, null, T0), [Letter("slack", "e1", 1)], Ct);

        Assert.True(await Store.DeleteDeadLetterAsync("hook", "e1", Ct));
        Assert.False(await Store.DeleteDeadLetterAsync("hook", "e1", Ct));

        Assert.Equal(["slack/e1"], (await Store.ListDeadLettersAsync(null, null, 100, Ct)).Select(Key));
    }

    [Fact]
    public async Task InitializeAsync_CalledAgainByAnotherProcess_KeepsState()
    {
        await Store.SaveCursorAsync(Cursor("hook", 9, null, T0), [Letter("hook", "e9", 9)], Ct);

        var restarted = await RestartAsync();
        await restarted.InitializeAsync(Ct);

        Assert.Equal(9, (await restarted.GetCursorAsync("hook", Ct))!.Position);
        Assert.Single(await restarted.ListDeadLettersAsync("hook", null, 100, Ct));
    }

    private static AlertCursor Cursor(string sink, long position, long? pendingThrough, DateTimeOffset at) =>
        new() { Sink = sink, Position = position, PendingThrough = pendingThrough, UpdatedAt = at };

    private static DeadLetter Letter(string sink, string eventId, long sequence, int attempts = 4, DateTimeOffset? failedAt = null) => new()
    {
        Sink = sink,
        EventId = eventId,
        Sequence = sequence,
        MessageId = eventId,
        Reason = "connection failed (ConnectionRefused)",
        Attempts = attempts,
        FirstFailedAt = T0,
        FailedAt = failedAt ?? T0,
    };

    private static string Key(DeadLetter letter) => $"{letter.Sink}/{letter.EventId}";

    /// <summary>A new store on the same database, as a restarted process opens it.</summary>
    private async Task<IAlertStateStore> RestartAsync()
    {
        var store = await OpenStoreAsync();
        _stores.Add(store);
        return store;
    }
}
