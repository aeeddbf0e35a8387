using Crawler.Model;

namespace Crawler.Crawling;

/// <summary>
/// One watched run: forwards its progress, remembers when it last moved, and cancels <see cref="Token"/> when it
/// has not moved for the stall timeout. Disposing it ends the watch.
/// </summary>
public sealed class RunWatch : IProgress<CrawlProgress>, IAsyncDisposable
{
    private readonly RunWatchdog _owner;
    private readonly IProgress<CrawlProgress>? _inner;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stalled = new();
    private readonly CancellationTokenSource _ended = new();
    private long _lastMoved;
    private Task _loop = Task.CompletedTask;
    private int _disposed;

    internal RunWatch(RunWatchdog owner, string sourceId, string runId, IProgress<CrawlProgress>? inner, TimeProvider time)
    {
        _owner = owner;
        _inner = inner;
        _time = time;
        SourceId = sourceId;
        RunId = runId;
        _lastMoved = time.GetTimestamp();
        StartedAt = time.GetUtcNow();
        PhaseSince = StartedAt;
    }

    public string SourceId { get; }

    public string RunId { get; }

    /// <summary>Cancelled when the watchdog trips this run.</summary>
    public CancellationToken Token => _stalled.Token;

    /// <summary>Whether the watchdog tripped this run.</summary>
    public bool Tripped => _stalled.IsCancellationRequested;

    /// <summary>The latest progress reported, if any.</summary>
    public CrawlProgress? Last { get; private set; }

    /// <summary>When the watch began (the run's start, to the second).</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>When the run entered the phase of <see cref="Last"/>.</summary>
    public DateTimeOffset PhaseSince { get; private set; }

    /// <summary>How long since the run last moved.</summary>
    public TimeSpan Idle => _time.GetElapsedTime(Interlocked.Read(ref _lastMoved));

    public void Report(CrawlProgress value)
    {
        Interlocked.Exchange(ref _lastMoved, _time.GetTimestamp());
        if (Last?.Phase != value.Phase) PhaseSince = _time.GetUtcNow();
        Last = value;
        _inner?.Report(value);
        _owner.Progressed(this, value);
    }

    internal void Start(TimeSpan stallTimeout) => _loop = WatchAsync(stallTimeout);

    private async Task WatchAsync(TimeSpan stallTimeout)
    {
        var period = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMilliseconds(50).Ticks, Math.Min(stallTimeout.Ticks / 5, TimeSpan.FromSeconds(5).Ticks)));
        try
        {
            while (true)
            {
                await Task.Delay(period, _time, _ended.Token).ConfigureAwait(false);
                if (Idle < stallTimeout) continue;
                _owner.Tripped();
                await _stalled.CancelAsync().ConfigureAwait(false);
                return;
            }
        }
        catch (OperationCanceledException)
        {
            // The run ended first.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await _ended.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _owner.Ended(this);
        _ended.Dispose();
        _stalled.Dispose();
    }
}
