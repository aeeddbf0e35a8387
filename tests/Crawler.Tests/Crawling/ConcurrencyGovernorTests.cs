using Crawler.Crawling;
using Crawler.Snapshots;
using Microsoft.Extensions.Time.Testing;

namespace Crawler.Tests.Crawling;

/// <summary>The render stage's autoscaling: grows from 1 while the machine has room and work waits, sheds renderers when CPU or memory are over.</summary>
public sealed class ConcurrencyGovernorTests
{
    private static readonly DetailOptions Options = new() { ScaleInterval = TimeSpan.FromSeconds(1), MaxCpuShare = 0.9, MaxMemoryMb = 1000 };
    private readonly FakeTimeProvider _time = new();
    private readonly ScriptedLoad _load = new();

    [Fact]
    public void Adjust_IdleMachineWithWorkWaiting_GrowsByOnePerIntervalUpToTheMaximum()
    {
        var governor = new ConcurrencyGovernor(4, _load, _time, Options);
        var seen = new List<int> { governor.Desired };

        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(seen[^1], governor.Adjust(workWaiting: true)); // within the interval: no change
            _time.Advance(TimeSpan.FromSeconds(1));
            seen.Add(governor.Adjust(workWaiting: true));
        }

        Assert.Equal([1, 2, 3, 4, 4, 4, 4], seen);
    }

    [Fact]
    public void Adjust_NothingWaiting_StaysWhereItIs()
    {
        var governor = new ConcurrencyGovernor(4, _load, _time, Options);

        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(1, governor.Adjust(workWaiting: false));
    }

    [Theory]
    [InlineData(0.95, 100)]
    [InlineData(0.2, 1200)]
    public void Adjust_CpuOrMemoryOverTheLimit_ShedsARendererPerIntervalDownToOne(double cpu, long memoryMb)
    {
        var governor = new ConcurrencyGovernor(4, _load, _time, Options);
        for (var i = 0; i < 3; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            governor.Adjust(workWaiting: true);
        }

        Assert.Equal(4, governor.Desired);
        _load.Next = new LoadSample(cpu, memoryMb * 1024 * 1024);
        var seen = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            seen.Add(governor.Adjust(workWaiting: true));
        }

        Assert.Equal([3, 2, 1, 1, 1], seen);
    }

    private sealed class ScriptedLoad : ILoadProbe
    {
        public LoadSample Next { get; set; } = new(0.1, 100L * 1024 * 1024);

        public LoadSample Sample() => Next;
    }
}
