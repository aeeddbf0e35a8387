using System.Collections.Concurrent;
using Crawler.Tests.Support;

namespace Crawler.Tests.Storage;

public abstract partial class StoreContractTests
{
    private static readonly TimeSpan LeaseTime = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task TryAcquireLeaseAsync_FreeSource_RecordsHolderAndExpiry()
    {
        await RegisterAsync(StoreTestData.Source("a"));

        Assert.True(await Store.TryAcquireLeaseAsync("a", "worker-a", LeaseTime, StoreTestData.T0, Ct));

        var state = await StateOfAsync("a");
        Assert.Equal("worker-a", state.LeaseHolder);
        Assert.Equal(StoreTestData.T0 + LeaseTime, state.LeasedUntil);
    }

    [Fact]
    public async Task TryAcquireLeaseAsync_UnregisteredSource_ReturnsFalse()
    {
        Assert.False(await Store.TryAcquireLeaseAsync("never-registered", "worker-a", LeaseTime, StoreTestData.T0, Ct));

        Assert.Empty(await Store.ListSourceStatesAsync(Ct));
    }

    [Fact]
    public async Task TryAcquireLeaseAsync_HeldByAnotherWorker_Fails()
    {
        await RegisterAsync(StoreTestData.Source("a"));
        Assert.True(await Store.TryAcquireLeaseAsync("a", "worker-a", LeaseTime, StoreTestData.T0, Ct));

        var taken = await Store.TryAcquireLeaseAsync("a", "worker-b", LeaseTime, StoreTestData.T0.AddSeconds(30), Ct);

        Assert.False(taken);
        Assert.Equal("worker-a", (await StateOfAsync("a")).LeaseHolder);
    }

    [Fact]
    public async Task TryAcquireLeaseAsync_HeldBySameWorker_SucceedsAndExtends()
    {
        await RegisterAsync(StoreTestData.Source("a"));
        Assert.True(await Store.TryAcquireLeaseAsync("a", "worker-a", LeaseTime, StoreTestData.T0, Ct));

        Assert.True(await Store.TryAcquireLeaseAsync("a", "worker-a", LeaseTime, StoreTestData.T0.AddSeconds(30), Ct));

        Assert.Equal(StoreTestData.T0.AddSeconds(30) + LeaseTime, (await StateOfAsync("a")).LeasedUntil);
    }

    [Fact]
    public async Task TryAcquireLeaseAsync_ExpiredLease_TakenOverByAnotherWorker()
    {
        await RegisterAsync(StoreTestData.Source("a"));
        Assert.True(await Store.TryAcquireLeaseAsync("a", "worker-a", LeaseTime, StoreTestData.T0, Ct));
        var later = StoreTestData.T0 + LeaseTime + TimeSpan.FromSeconds(1);

        Assert.True(await Store.TryAcquireLeaseAsync("a", "worker-b", LeaseTime, later, Ct));

        var state = await StateOfAsync("a");
        Assert.Equal("worker-b", state.LeaseHolder);
        Assert.Equal(later + LeaseTime, state.LeasedUntil);
        Assert.False(await Store.RenewLeaseAsync("a", "worker-a", LeaseTime, later, Ct));
    }

    [Fact]
    public async Task RenewLeaseAsync_Holder_KeepsOthersOutPastTheOriginalExpiry()
    {
        await RegisterAsync(StoreTestData.Source("a"));
        Assert.True(await Store.TryAcquireLeaseAsync("a", "worker-a", LeaseTime, StoreTestData.T0, Ct));

        Assert.True(await Store.RenewLeaseAsync("a", "worker-a", LeaseTime, StoreTestData.T0.AddSeconds(50), Ct));

        Assert.False(await Store.TryAcquireLeaseAsync("a", "worker-b", LeaseTime, StoreTestData.T0.AddSeconds(90), Ct));
        Assert.True(await Store.TryAcquireLeaseAsync("a", "worker-b", LeaseTime, StoreTestData.T0.AddSeconds(111), Ct));
    }

    [Fact]
    public async Task RenewLeaseAsync_NeverHeld_ReturnsFalseAndTakesNothing()
    {
        await RegisterAsync(StoreTestData.Source("a"));

        Assert.False(await Store.RenewLeaseAsync("a", "worker-a", LeaseTime, StoreTestData.T0, Ct));

        Assert.Null((await StateOfAsync("a")).LeaseHolder);
    }

    [Fact]
    public async Task ReleaseLeaseAsync_Holder_FreesSourceForOthers()
    {
        await RegisterAsync(StoreTestData.Source("a"));
        Assert.True(await Store.TryAcquireLeaseAsync("a", "worker-a", LeaseTime, StoreTestData.T0, Ct));

        await Store.ReleaseLeaseAsync("a", "worker-a", Ct);

        var state = await StateOfAsync("a");
        Assert.Null(state.LeaseHolder);
        Assert.Null(state.LeasedUntil);
        Assert.True(await Store.TryAcquireLeaseAsync("a", "worker-b", LeaseTime, StoreTestData.T0.AddSeconds(1), Ct));
    }

    [Fact]
    public async Task ReleaseLeaseAsync_NotHolder_KeepsTheHoldersLease()
    {
        await RegisterAsync(StoreTestData.Source("a"));
        Assert.True(await Store.TryAcquireLeaseAsync("a", "worker-a", LeaseTime, StoreTestData.T0, Ct));

        await Store.ReleaseLeaseAsync("a", "worker-b", Ct);

        Assert.Equal("worker-a", (await StateOfAsync("a")).LeaseHolder);
        Assert.False(await Store.TryAcquireLeaseAsync("a", "worker-b", LeaseTime, StoreTestData.T0.AddSeconds(1), Ct));
    }

    [Fact]
    public async Task TryAcquireLeaseAsync_TwoWorkersRacingOnTwentySources_EachClaimedExactlyOnce()
    {
        var ids = Enumerable.Range(1, 20).Select(i => $"source-{i:00}").ToArray();
        await Store.UpsertSourcesAsync(ids.Select(id => StoreTestData.Source(id)).ToArray(), Ct);
        var second = await SecondWorkerAsync();
        var winners = new ConcurrentBag<(string Source, string Worker)>();

        async Task Claim(Crawler.Storage.ICrawlStore store, string worker, string id)
        {
            await Task.Yield();
            if (await store.TryAcquireLeaseAsync(id, worker, LeaseTime, StoreTestData.T0, Ct))
            {
                winners.Add((id, worker));
            }
        }

        var attempts = ids.SelectMany(id => new[]
        {
            Task.Run(() => Claim(Store, "worker-a", id)),
            Task.Run(() => Claim(second, "worker-b", id)),
        });
        await Task.WhenAll(attempts);

        Assert.Equal(ids, winners.Select(w => w.Source).Order().ToArray());
        var states = await Store.ListSourceStatesAsync(Ct);
        Assert.All(winners, w => Assert.Equal(w.Worker, states.Single(s => s.SourceId == w.Source).LeaseHolder));
    }
}
