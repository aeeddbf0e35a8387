using Crawler.Tests.Support;

namespace Crawler.Tests.Storage;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task GetRecentSnapshotsAsync_SeveralSourcesAndAges_LatestOfEachPostingOfTheSourceSinceTheTime()
    {
        var body = StoreTestData.Gzip("<p>x</p>");
        var since = StoreTestData.T0.AddHours(1);
        await Store.SaveSnapshotAsync(StoreTestData.Snapshot("old", "moka-a:1", body) with { CapturedAt = since.AddMinutes(-1) }, Ct);
        await Store.SaveSnapshotAsync(StoreTestData.Snapshot("first", "moka-a:1", body) with { CapturedAt = since.AddMinutes(2) }, Ct);
        await Store.SaveSnapshotAsync(StoreTestData.Snapshot("latest", "moka-a:1", body) with { CapturedAt = since.AddMinutes(5) }, Ct);
        await Store.SaveSnapshotAsync(StoreTestData.Snapshot("two", "moka-a:2", body) with { CapturedAt = since }, Ct);
        await Store.SaveSnapshotAsync(StoreTestData.Snapshot("stale", "moka-a:3", body) with { CapturedAt = since.AddSeconds(-1) }, Ct);
        // A source whose id starts like the other must not leak into it.
        await Store.SaveSnapshotAsync(StoreTestData.Snapshot("other", "moka-ab:1", body) with { CapturedAt = since.AddMinutes(3) }, Ct);

        var recent = await Store.GetRecentSnapshotsAsync("moka-a", since, Ct);

        Assert.Equal(["moka-a:1", "moka-a:2"], recent.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("latest", recent["moka-a:1"].Id);
        Assert.Equal(since.AddMinutes(5), recent["moka-a:1"].CapturedAt);
        Assert.Equal("two", recent["moka-a:2"].Id);
        Assert.Empty(await Store.GetRecentSnapshotsAsync("moka", since, Ct));
    }
}
