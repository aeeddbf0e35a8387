using Crawler.Model;
using Crawler.Tests.Support;

namespace Crawler.Tests.Storage;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task SaveSnapshotAsync_NewSnapshot_ReadBackWithExactBytes()
    {
        var snapshot = StoreTestData.Snapshot("sha-1", "a:1", StoreTestData.Gzip("<html><body>大模型 算法</body></html>"));

        await Store.SaveSnapshotAsync(snapshot, Ct);

        Assert.True(await Store.SnapshotExistsAsync("sha-1", Ct));
        var stored = await Store.GetSnapshotAsync("sha-1", Ct);
        Assert.NotNull(stored);
        Assert.Equal(StoreTestData.Render(snapshot), StoreTestData.Render(stored));
        Assert.Equal(snapshot.CompressedHtml, stored.CompressedHtml);
    }

    [Fact]
    public async Task GetSnapshotAsync_UnknownId_ReturnsNull()
    {
        Assert.Null(await Store.GetSnapshotAsync("missing", Ct));
        Assert.False(await Store.SnapshotExistsAsync("missing", Ct));
        Assert.Equal(0, await Store.CountSnapshotsAsync(Ct));
    }

    [Fact]
    public async Task SaveSnapshotAsync_SameIdTwice_StoredOnceFirstCopyKept()
    {
        var first = StoreTestData.Snapshot("sha-1", "a:1", StoreTestData.Gzip("<p>one</p>"));
        var again = StoreTestData.Snapshot("sha-1", "a:2", StoreTestData.Gzip("<p>one</p>"), text: "other text");
        var other = StoreTestData.Snapshot("sha-2", "a:2", StoreTestData.Gzip("<p>two</p>"));

        await Store.SaveSnapshotAsync(first, Ct);
        await Store.SaveSnapshotAsync(again, Ct);
        await Store.SaveSnapshotAsync(other, Ct);

        Assert.Equal(2, await Store.CountSnapshotsAsync(Ct));
        Assert.Equal("a:1", (await Store.GetSnapshotAsync("sha-1", Ct))!.PostingKey);
    }

    [Fact]
    public async Task SaveSnapshotAsync_FiveMegabyteBody_RoundTrips()
    {
        var body = StoreTestData.RandomBytes(5 * 1024 * 1024);
        var snapshot = StoreTestData.Snapshot("sha-big", "a:1", body, text: new string('字', 200_000));

        await Store.SaveSnapshotAsync(snapshot, Ct);

        var stored = await Store.GetSnapshotAsync("sha-big", Ct);
        Assert.NotNull(stored);
        Assert.Equal(body.Length, stored.CompressedHtml.Length);
        Assert.True(body.AsSpan().SequenceEqual(stored.CompressedHtml));
        Assert.Equal(snapshot.Text, stored.Text);
    }
}
