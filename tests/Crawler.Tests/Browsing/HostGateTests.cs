using Crawler.Browsing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Crawler.Tests.Browsing;

/// <summary>Politeness: requests to one host are spaced and capped; other hosts are not held up.</summary>
public sealed class HostGateTests
{
    private static HostGate Gate(FakeTimeProvider time, TimeSpan delay, int perHost = 4, int global = 16) =>
        new(Options.Create(new PolitenessOptions { MinDelayPerHost = delay, MaxConcurrentRequestsPerHost = perHost, MaxConcurrentRequests = global }), time);

    [Fact]
    public async Task EnterAsync_SecondRequestToSameHost_WaitsTheMinimumDelay()
    {
        var time = new FakeTimeProvider();
        using var gate = Gate(time, TimeSpan.FromSeconds(1));
        (await gate.EnterAsync("jobs.example.cn", CancellationToken.None)).Dispose();

        var second = gate.EnterAsync("jobs.example.cn", CancellationToken.None);
        var otherHost = gate.EnterAsync("hire.example.cn", CancellationToken.None);

        Assert.True(otherHost.IsCompletedSuccessfully);
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task EnterAsync_ThreeRequestsAtOnce_StartOneDelayApart()
    {
        var time = new FakeTimeProvider();
        using var gate = Gate(time, TimeSpan.FromMilliseconds(500));
        var requests = Enumerable.Range(0, 3).Select(_ => gate.EnterAsync("jobs.example.cn", CancellationToken.None)).ToList();

        Assert.Equal([true, false, false], requests.Select(r => r.IsCompleted));
        time.Advance(TimeSpan.FromMilliseconds(500));
        await requests[1].WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(requests[2].IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(500));
        await requests[2].WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task EnterAsync_PerHostCapReached_WaitsUntilARequestEnds()
    {
        var time = new FakeTimeProvider();
        using var gate = Gate(time, TimeSpan.Zero, perHost: 1);
        var first = await gate.EnterAsync("jobs.example.cn", CancellationToken.None);

        var second = gate.EnterAsync("jobs.example.cn", CancellationToken.None);
        var otherHost = gate.EnterAsync("hire.example.cn", CancellationToken.None);

        Assert.True(otherHost.IsCompletedSuccessfully);
        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        Assert.Equal(1, gate.InFlight);
    }

    [Fact]
    public async Task EnterAsync_GlobalCapReached_HoldsEveryHost()
    {
        var time = new FakeTimeProvider();
        using var gate = Gate(time, TimeSpan.Zero, global: 2);
        var a = await gate.EnterAsync("a.example.cn", CancellationToken.None);
        await gate.EnterAsync("b.example.cn", CancellationToken.None);

        var c = gate.EnterAsync("c.example.cn", CancellationToken.None);

        Assert.False(c.IsCompleted);
        a.Dispose();
        await c.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
