using System.Collections.Concurrent;
using Crawler.Model;
using Microsoft.Extensions.Options;

namespace Crawler.Crawling;

/// <summary>
/// Watches every run in progress in this worker: a run whose progress (pages listed, details rendered) has not
/// moved for <see cref="CrawlerOptions.StallTimeout"/> is tripped, so the runner abandons it, releases its lease
/// and resets the browser instead of holding the source for ever. Readiness and metrics read it, and its
/// <see cref="IRunObserver"/>s hear of every start, progress report and end as it happens.
/// </summary>
public sealed class RunWatchdog(TimeProvider time, IOptions<CrawlerOptions> options, IEnumerable<IRunObserver> observers)
{
    private readonly ConcurrentDictionary<RunWatch, byte> _runs = new();
    private readonly Lock _lock = new();
    private IRunObserver[] _observers = [.. observers];
    private long _trips;

    /// <summary>A watchdog without observers (tests of the stall timeout alone).</summary>
    public RunWatchdog(TimeProvider time, IOptions<CrawlerOptions> options)
        : this(time, options, [])
    {
    }


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
        Tell(o => o.Started(watch));
        return watch;
    }

    /// <summary>Adds an observer of every later run (the metrics, which themselves depend on the watchdog).</summary>
    public void Subscribe(IRunObserver observer)
    {
        lock (_lock) _observers = [.. _observers, observer];
    }

    internal void Tripped() => Interlocked.Increment(ref _trips);

    internal void Progressed(RunWatch watch, CrawlProgress progress) => Tell(o => o.Progressed(watch, progress));

    internal void Ended(RunWatch watch)
    {
        _runs.TryRemove(watch, out _);
        Tell(o => o.Ended(watch));
    }

    private void Tell(Action<IRunObserver> action)
    {
        foreach (var observer in Volatile.Read(ref _observers))
        {
            try
            {
                action(observer);
            }
            catch (Exception)
            {
                // Seeing a run must never break it: a failing observer loses one report, the crawl goes on.
            }
        }
    }
}
