using Crawler.Storage;
using Crawler.Tests.Support;

namespace Crawler.Tests.Storage;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task CommitRunAsync_PostingWhoseDetailFailed_ReadsBackCountTimeAndReason()
    {
        await RegisterAsync(StoreTestData.Source("a"));
        var failing = StoreTestData.Posting("a", "7401") with
        {
            SnapshotId = null, SnapshotAt = null, DetailFailures = 3, DetailFailedAt = StoreTestData.T0.AddHours(2),
            DetailError = "waited 5000 ms for title \"算法工程师\" to be visible, page http://127.0.0.1/x/7401/detail",
        };
        var healthy = StoreTestData.Posting("a", "7402");

        await CommitPostingsAsync("a", "run-1", failing, healthy);

        var stored = await Store.GetPostingsAsync("a", Ct);
        Assert.Equal(3, stored[failing.Key].DetailFailures);
        Assert.Equal(failing.DetailFailedAt, stored[failing.Key].DetailFailedAt);
        Assert.Equal(failing.DetailError, stored[failing.Key].DetailError);
        Assert.Equal(0, stored[healthy.Key].DetailFailures);
        Assert.Null(stored[healthy.Key].DetailFailedAt);
        Assert.Null(stored[healthy.Key].DetailError);
    }
}
