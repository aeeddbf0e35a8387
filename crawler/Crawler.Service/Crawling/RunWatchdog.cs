using System.Collections.Concurrent;
using Crawler.Model;
using Microsoft.Extensions.Options;

namespace Crawler.Crawling;

/// <summary>
/// Watches every run in progress in this worker: a run whose progress (pages listed, details rendered) has not
/// moved for <see cref="CrawlerOptions.StallTimeout"/> is tripped, so the runner abandons it, releases its lease
/// and resets the browser instead of holding the source for ever. Readiness and metrics read it.
/// </summary>
public sealed class RunWatchdog(TimeProvider time, IOptions<CrawlerOptions> options)
{
    private readonly ConcurrentDictionary<RunWatch, byte> _runs = new();
    private long _trips;

    /// <summary>How long a run may go without progress.</summary>
    public TimeSpan StallTimeout => options.Value.StallTimeout;

    /// <summary>Runs abandoned by the watchdog since start.</summary>
    public long Trips => Interlocked.Read(ref _trips);

    /// <summary>Runs in progress now.</summary>
    public IReadOnlyList<RunWatch> Running => [.. _runs.Keys];

    /// <summary>Starts watching one run; progress reported through the returned watch counts as movement.</summary>
    public RunWatch Watch(string sourceId, string runId, IProgress<CrawlProgress>? inner)
    {
        var watch = new RunWatch(this, sourceId, runId, inner, time);
        _runs[watch] = 0;
        watch.Start(options.Value.StallTimeout);
        return watch;
    }

    internal void Tripped() => Interlocked.Increment(ref _trips);

    internal void Ended(RunWatch watch) => _runs.TryRemove(watch, out _);
}
