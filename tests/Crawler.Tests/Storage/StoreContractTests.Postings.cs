using Crawler.Model;
using Crawler.Storage;
using Crawler.Tests.Support;

namespace Crawler.Tests.Storage;

public abstract partial class StoreContractTests
{
    private async Task CommitPostingsAsync(string sourceId, string runId, params StoredPosting[] postings)
    {
        var run = StoreTestData.Run(sourceId, runId, StoreTestData.T0);
        await Store.StartRunAsync(run, Ct);
        await Store.CommitRunAsync(new RunCommit(StoreTestData.Finished(run, StoreTestData.T0.AddMinutes(10)), postings, []), Ct);
    }

    [Fact]
    public async Task CommitRunAsync_Postings_ReadBackEveryFieldWithRawJsonVerbatim()
    {
        await RegisterAsync(StoreTestData.Source("a"));
        var first = StoreTestData.Posting("a", "7301");
        var second = StoreTestData.Posting("a", "7302") with
        {
            Status = PostingStatus.Gone,
            MissCount = 2,
            EventCount = 4,
            Version = 3,
            VersionFrom = StoreTestData.T0.AddHours(-2),
            Posting = StoreTestData.Observed("7302", "AI Infra Engineer — 北京/上海") with
            {
                Track = RecruitTrack.Campus,
                RawJson = "[\n\t{\"k\": \"\\\"quoted\\\" 汉字 \\ud83d\\ude00\"}  ]",
            },
        };

        await CommitPostingsAsync("a", "run-1", first, second);

        var stored = await Store.GetPostingsAsync("a", Ct);
        Assert.Equal(2, stored.Count);
        Assert.Equal(StoreTestData.Render(first), StoreTestData.Render(stored[first.Key]));
        Assert.Equal(StoreTestData.Render(second), StoreTestData.Render(stored[second.Key]));
        Assert.Equal(second.Posting.RawJson, stored[second.Key].Posting.RawJson, StringComparer.Ordinal);
        Assert.Equal(["北京", "上海", "杭州"], stored[first.Key].Posting.Cities);
    }

    [Fact]
    public async Task CommitRunAsync_PostingWithOptionalFieldsUnset_ReadBackAsNullAndEmpty()
    {
        await RegisterAsync(StoreTestData.Source("a"));
        var bare = new StoredPosting
        {
            Key = "a:1",
            SourceId = "a",
            Company = "Moonshot",
            Posting = new ObservedPosting { PortalId = "1", Title = "Researcher", RawJson = "{}" },
            FirstSeen = StoreTestData.T0,
            LastSeen = StoreTestData.T0,
            ContentHash = "c",
            PayloadHash = "p",
        };

        await CommitPostingsAsync("a", "run-1", bare);

        var stored = (await Store.GetPostingsAsync("a", Ct))["a:1"];
        Assert.Equal(StoreTestData.Render(bare), StoreTestData.Render(stored));
        Assert.Null(stored.Derived);
        Assert.Null(stored.SnapshotId);
        Assert.Null(stored.Posting.Description);
        Assert.Empty(stored.Posting.Cities);
    }

    [Fact]
    public async Task CommitRunAsync_PostingSeenAgain_ReplacesTheStoredVersion()
    {
        await RegisterAsync(StoreTestData.Source("a"));
        var original = StoreTestData.Posting("a", "9");
        await CommitPostingsAsync("a", "run-1", original);
        var gone = original with
        {
            Status = PostingStatus.Gone,
            MissCount = 2,
            LastSeen = StoreTestData.T0.AddDays(1),
            ContentHash = "c-new",
            EventCount = 2,
            Derived = null,
        };

        await CommitPostingsAsync("a", "run-2", gone);

        var stored = Assert.Single(await Store.GetPostingsAsync("a", Ct));
        Assert.Equal(StoreTestData.Render(gone), StoreTestData.Render(stored.Value));
    }

    [Fact]
    public async Task GetPostingsAsync_TwoSources_ReturnsOnlyTheAskedSource()
    {
        await RegisterAsync(StoreTestData.Source("a"), StoreTestData.Source("b"));
        await CommitPostingsAsync("a", "run-a", StoreTestData.Posting("a", "1"), StoreTestData.Posting("a", "2"));
        await CommitPostingsAsync("b", "run-b", StoreTestData.Posting("b", "1"));

        var ofA = await Store.GetPostingsAsync("a", Ct);
        var ofNobody = await Store.GetPostingsAsync("unknown", Ct);

        Assert.Equal(["a:1", "a:2"], ofA.Keys.Order().ToArray());
        Assert.Empty(ofNobody);
    }
}
