using Crawler.Changes;
using Crawler.Crawling;
using Crawler.Model;
using Crawler.Snapshots;
using Crawler.Storage;
using Crawler.Tests.Support;

namespace Crawler.Tests.Snapshots;

/// <summary>A posting whose detail keeps failing is tried a bounded number of times a day, not on every run.</summary>
public sealed class SnapshotPolicyTests
{
    private static readonly DateTimeOffset Now = StoreTestData.T0;
    private static readonly SourceDefinition Source = StoreTestData.Source("a");
    private static readonly DetailOptions TwiceADay = new() { RetriesPerDay = 2 };

    private static StoredPosting WithoutSnapshot(int failures, DateTimeOffset? failedAt)
    {
        var posting = StoreTestData.Posting("a", "1");
        return posting with
        {
            SnapshotId = null, SnapshotAt = null, DetailFailures = failures, DetailFailedAt = failedAt,
            ContentHash = ContentHasher.Business(posting.Posting),
        };
    }

    [Fact]
    public void NeedsSnapshot_DetailFailedAnHourAgo_IsNotTriedAgainYet()
    {
        var before = WithoutSnapshot(1, Now.AddHours(-1));

        Assert.False(SnapshotPolicy.NeedsSnapshot(Source, before, before.Posting, Now, TwiceADay));
    }

    [Fact]
    public void NeedsSnapshot_DetailFailedMoreThanHalfADayAgo_IsTriedAgain()
    {
        var before = WithoutSnapshot(4, Now.AddHours(-12).AddMinutes(-1));

        Assert.True(SnapshotPolicy.NeedsSnapshot(Source, before, before.Posting, Now, TwiceADay));
    }

    [Fact]
    public void NeedsSnapshot_NoFailureAndNoSnapshot_IsTried()
    {
        var before = WithoutSnapshot(0, null);

        Assert.True(SnapshotPolicy.NeedsSnapshot(Source, before, before.Posting, Now, TwiceADay));
    }

    [Fact]
    public void Apply_FailedRender_CountsTheFailureWithItsTimeAndReason()
    {
        var posting = WithoutSnapshot(1, Now.AddDays(-1));

        var after = SnapshotPolicy.Apply(posting, null, new DetailRenderResult(posting.Key, null, "answered HTTP 500, page http://x/1"), Now);

        Assert.Equal(2, after.DetailFailures);
        Assert.Equal(Now, after.DetailFailedAt);
        Assert.Equal("answered HTTP 500, page http://x/1", after.DetailError);
    }

    [Fact]
    public void Apply_NotTriedBecauseTheBudgetStopped_KeepsTheCountAndRecordsWhy()
    {
        var posting = WithoutSnapshot(0, null);

        var after = SnapshotPolicy.Apply(posting, null, new DetailRenderResult(posting.Key, null, "not rendered: stopped", Attempted: false), Now);

        Assert.Equal(0, after.DetailFailures);
        Assert.Null(after.DetailFailedAt);
        Assert.Equal("not rendered: stopped", after.DetailError);
        Assert.True(SnapshotPolicy.NeedsSnapshot(Source, after, after.Posting, Now, TwiceADay));
    }

    [Fact]
    public void Apply_StoredSnapshot_ClearsTheFailures()
    {
        var posting = WithoutSnapshot(3, Now.AddDays(-1)) with { DetailError = "old" };
        var snapshot = new SnapshotMark("s1", posting.Key, Now);

        var after = SnapshotPolicy.Apply(posting, snapshot, null, Now);

        Assert.Equal("s1", after.SnapshotId);
        Assert.Equal(0, after.DetailFailures);
        Assert.Null(after.DetailFailedAt);
        Assert.Null(after.DetailError);
    }
}
