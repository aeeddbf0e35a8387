using Crawler.Browsing;

namespace Crawler.Benchmarks.Crawl;

/// <summary>
/// Samples the memory of a process and all its descendants (found by walking every /proc/PID/stat's parent id)
/// at a fixed interval, as proportional set size summed over the tree (/proc/PID/smaps_rollup), and keeps the peak.
/// PSS counts the pages Chromium's processes share once, so the sum is the tree's real footprint.
/// </summary>
public sealed class ProcessTreeSampler : IAsyncDisposable
{
    private readonly int rootPid;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private long peakBytes;
    private int peakProcesses;
    private int samples;

    private ProcessTreeSampler(int rootPid, TimeSpan interval)
    {
        this.rootPid = rootPid;
        loop = RunAsync(interval);
    }

    /// <summary>Highest PSS of the whole tree seen so far, in bytes.</summary>
    public long PeakBytes => Interlocked.Read(ref peakBytes);

    /// <summary>Most processes (root included) seen in the tree at one sample.</summary>
    public int PeakProcesses => Volatile.Read(ref peakProcesses);

    /// <summary>Samples taken so far.</summary>
    public int Samples => Volatile.Read(ref samples);

    /// <summary>Starts sampling now (one sample at once, then one per <paramref name="interval"/>).</summary>
    public static ProcessTreeSampler Start(int rootPid, TimeSpan interval) => new(rootPid, interval);

    /// <summary>Takes one sample of the tree: its process ids (root first) and their summed PSS in bytes.</summary>
    public static (IReadOnlyList<int> Pids, long Bytes) Sample(int rootPid)
    {
        var pids = ProcessTree.Descendants(rootPid).Select(e => e.Pid).Prepend(rootPid).ToList();
        return (pids, pids.Sum(ProcessTree.MemoryBytes));
    }

    /// <summary>Stops sampling; the figures keep what was seen.</summary>
    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        await loop.ConfigureAwait(false);
        stop.Dispose();
    }

    private async Task RunAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            var (pids, bytes) = Sample(rootPid);
            if (bytes > Interlocked.Read(ref peakBytes)) Interlocked.Exchange(ref peakBytes, bytes);
            if (pids.Count > peakProcesses) Volatile.Write(ref peakProcesses, pids.Count);
            Interlocked.Increment(ref samples);
        }
        while (await Tick(timer).ConfigureAwait(false));
    }

    private async Task<bool> Tick(PeriodicTimer timer)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
