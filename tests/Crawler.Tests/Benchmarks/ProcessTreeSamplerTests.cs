using System.Diagnostics;
using Crawler.Benchmarks.Crawl;

namespace Crawler.Tests.Benchmarks;

/// <summary>The benchmark's memory figure is the whole process tree's: a child process must be in it.</summary>
public sealed class ProcessTreeSamplerTests
{
    [Fact]
    public void Sample_ProcessWithAChild_CountsTheChildAndItsMemory()
    {
        using var child = StartSleep();
        try
        {
            var (pids, bytes) = ProcessTreeSampler.Sample(Environment.ProcessId);

            Assert.Equal(Environment.ProcessId, pids[0]);
            Assert.Contains(child.Id, pids);
            Assert.True(bytes > 0, "the tree holds memory");
        }
        finally
        {
            child.Kill();
        }
    }

    [Fact]
    public async Task Start_ProcessWithAChild_PeakCountsAtLeastTwoProcesses()
    {
        using var child = StartSleep();
        try
        {
            await using var sampler = ProcessTreeSampler.Start(Environment.ProcessId, TimeSpan.FromMilliseconds(20));
            var deadline = DateTime.UtcNow.AddSeconds(5);
            while (sampler.Samples == 0 && DateTime.UtcNow < deadline) await Task.Delay(10);

            Assert.True(sampler.PeakProcesses >= 2, $"peak {sampler.PeakProcesses} processes in the tree");
            Assert.True(sampler.PeakBytes > 0, "peak PSS of the tree");
        }
        finally
        {
            child.Kill();
        }
    }

    private static Process StartSleep() =>
        Process.Start(new ProcessStartInfo("sleep", "5") { UseShellExecute = false }) ?? throw new InvalidOperationException("sleep did not start");
}
