using Crawler.Changes;
using Crawler.Crawling;
using Crawler.Model;
using Crawler.Snapshots;
using Crawler.Storage;
using Crawler.Tests.Support;

namespace Crawler.Tests.Crawling;

/// <summary>
/// Between listing and rendering: the listing is never blocked, at most QueueCapacity details wait for the
/// renderers, each posting is decided once, and details an interrupted run stored are not queued again.
/// </summary>
public sealed class RenderFeedTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly SourceDefinition Source = ScriptedAdapter.Source("jobs.scripted.test");
    private static readonly ScriptedAdapter Adapter = new("jobs.scripted.test", (_, _) => throw new InvalidOperationException("not listed here"));

    [Fact]
    public async Task Listed_RenderersNotReading_ListingGoesOnAndTheQueueHoldsOnlyItsCapacity()
    {
        var gauges = new RenderConcurrency();
        var feed = NewFeed(new Dictionary<string, SnapshotMark>(), capacity: 4, gauges);
        var deciding = feed.RunAsync(CancellationToken.None);

        for (var i = 1; i <= 100; i++) feed.Listed(ScriptedAdapter.Posting(i)); // returns at once every time
        await Wait.UntilAsync(() => feed.Work.Count == 4 && feed.Streamed == 5, TimeSpan.FromSeconds(10), "the queue to fill");

        Assert.Equal(4, feed.Work.Count);
        Assert.Equal(4, gauges.Queued);
        Assert.False(deciding.IsCompleted); // the decision stage waits for a renderer, holding one more

        feed.ListingEnded(ScriptedAdapter.Complete([.. Enumerable.Range(1, 100).Select(ScriptedAdapter.Posting)]));
        var keys = new List<string>();
        await foreach (var item in feed.Work.ReadAllAsync())
        {
            Assert.True(feed.Work.Count <= 4);
            keys.Add(item.Key);
        }

        await deciding;
        Assert.Equal(Enumerable.Range(1, 100).Select(i => Key(ScriptedAdapter.Posting(i))), keys);
        Assert.Equal(100, feed.Streamed);
        Assert.Equal(0, feed.AfterListing);
    }

    [Fact]
    public async Task ListingEnded_PostingsNeverStreamed_AreDecidedFromTheCompleteListingOnce()
    {
        var feed = NewFeed(new Dictionary<string, SnapshotMark>(), capacity: 64);
        var deciding = feed.RunAsync(CancellationToken.None);
        var all = Enumerable.Range(1, 6).Select(ScriptedAdapter.Posting).ToList();
        feed.Listed(all[0]);
        feed.Listed(all[1]);
        feed.Listed(all[1]);

        feed.ListingEnded(ScriptedAdapter.Complete(all));
        await deciding;

        var keys = new List<string>();
        await foreach (var item in feed.Work.ReadAllAsync()) keys.Add(item.Key);
        Assert.Equal(all.Select(Key), keys);
        Assert.Equal(2, feed.Streamed);
        Assert.Equal(4, feed.AfterListing);
    }

    [Fact]
    public async Task Total_WhileListingThenAfterItEnded_UnknownThenTheDetailsQueued()
    {
        var posting = ScriptedAdapter.Posting(1);
        var mark = new SnapshotMark("sha-1", Key(posting), Now.AddMinutes(-5));
        var feed = NewFeed(new Dictionary<string, SnapshotMark> { [mark.PostingKey] = mark }, capacity: 64);
        var deciding = feed.RunAsync(CancellationToken.None);
        feed.Listed(ScriptedAdapter.Posting(2));
        await Wait.UntilAsync(() => feed.Streamed == 1, TimeSpan.FromSeconds(10), "the first posting to be decided");

        Assert.Null(feed.Total); // the listing goes on: how many details there will be is not known yet

        feed.ListingEnded(ScriptedAdapter.Complete([posting, ScriptedAdapter.Posting(2), ScriptedAdapter.Posting(3)]));
        await deciding;

        Assert.Equal(2, feed.Total); // posting 1 was stored by an interrupted run: not rendered, not counted
    }

    [Fact]
    public async Task RunAsync_SnapshotStoredByAnInterruptedRun_IsKeptAndNotQueued()
    {
        var posting = ScriptedAdapter.Posting(1);
        var mark = new SnapshotMark("sha-1", Key(posting), Now.AddMinutes(-5));
        var feed = NewFeed(new Dictionary<string, SnapshotMark> { [mark.PostingKey] = mark }, capacity: 64);
        var deciding = feed.RunAsync(CancellationToken.None);

        feed.ListingEnded(ScriptedAdapter.Complete([posting, ScriptedAdapter.Posting(2)]));
        await deciding;

        var queued = new List<string>();
        await foreach (var item in feed.Work.ReadAllAsync()) queued.Add(item.Key);
        Assert.Equal([Key(ScriptedAdapter.Posting(2))], queued);
        Assert.Equal(mark, feed.Resumed[mark.PostingKey]);
    }

    private static RenderFeed NewFeed(IReadOnlyDictionary<string, SnapshotMark> recent, int capacity, RenderConcurrency? gauges = null) =>
        new(Source, Adapter, new Dictionary<string, StoredPosting>(), recent, new DetailOptions { QueueCapacity = capacity }, Now, gauges);

    private static string Key(ObservedPosting posting) => ChangeDetector.PostingKey(Source.Id, posting.PortalId);
}
