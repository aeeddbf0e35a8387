using Crawler.Model;
using Crawler.Storage;
using Crawler.Tests.Support;

namespace Crawler.Tests.Storage;

/// <summary>Reading one source's state, and the one exception every store throws for an unregistered source.</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task GetSourceStateAsync_RegisteredSource_SameStateAsTheListIncludingAnotherWorkersLease()
    {
        await RegisterAsync(StoreTestData.Source("a"), StoreTestData.Source("b"));
        var other = await SecondWorkerAsync();
        Assert.True(await other.TryAcquireLeaseAsync("b", "worker-b", TimeSpan.FromMinutes(5), StoreTestData.T0, Ct));
        await Store.UpdateSourceStateAsync(new SourceState { SourceId = "b", ConsecutiveFailures = 2, NextDueAt = StoreTestData.T0.AddMinutes(9) }, Ct);

        var state = await Store.GetSourceStateAsync("b", Ct);

        Assert.Equal(await StateOfAsync("b"), state);
        Assert.Equal("worker-b", state!.LeaseHolder);
        Assert.Equal(StoreTestData.T0.AddMinutes(5), state.LeasedUntil);
        Assert.Equal(2, state.ConsecutiveFailures);
        Assert.Equal(StoreTestData.T0.AddMinutes(9), state.NextDueAt);
        Assert.Null((await Store.GetSourceStateAsync("a", Ct))!.LeaseHolder);
    }

    [Fact]
    public async Task GetSourceStateAsync_UnknownSource_Null()
    {
        await RegisterAsync(StoreTestData.Source("a"));

        Assert.Null(await Store.GetSourceStateAsync("ghost", Ct));
    }

    [Fact]
    public async Task UpdateSourceStateAsync_UnregisteredSource_ThrowsSourceNotRegisteredNamingItAndStoresNothing()
    {
        await RegisterAsync(StoreTestData.Source("a"));

        var error = await Assert.ThrowsAsync<SourceNotRegisteredException>(() =>
            Store.UpdateSourceStateAsync(new SourceState { SourceId = "ghost", ConsecutiveFailures = 1 }, Ct));

        Assert.IsAssignableFrom<StoreException>(error);
        Assert.Equal("ghost", error.SourceId);
        Assert.Contains("source 'ghost' is not registered", error.Message, StringComparison.Ordinal);
        Assert.Equal(["a"], (await Store.ListSourceStatesAsync(Ct)).Select(s => s.SourceId));
    }
}
