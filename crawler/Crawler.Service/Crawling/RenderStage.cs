using System.Threading.Channels;
using Crawler.Model;
using Crawler.Snapshots;
using Crawler.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Crawler.Crawling;

/// <summary>
/// The render stage of one run: renderers take details from the feed as the listing goes on, each on its own page
/// (<see cref="DetailPageSlot"/>, recycled), and hand each result to the <see cref="RenderKeeper"/>, which stores the
/// snapshot the moment it is rendered, so an interrupted run loses at most the renders in flight and nothing waits in
/// memory for the commit but ids. How many renderers run is the <see cref="ConcurrencyGovernor"/>'s call: renderer
/// <c>i</c> runs while <c>i</c> is below its figure. The run's failure budget stops rendering; what was not tried is
/// reported as such. One instance per run.
/// </summary>
internal sealed partial class RenderStage
{
    private readonly Lock _gate = new();
    private readonly List<Task> _renderers = [];
    private readonly DetailRenderer _details;
    private readonly RenderKeeper _kept;
    private readonly RenderConcurrency _gauges;
    private readonly ILogger _logger;
    private readonly Func<Task<IBrowserContext>> _openContext;
    private readonly string _sourceId;
    private readonly TimeSpan _timeout;
    private readonly ConcurrencyGovernor _governor;
    private readonly bool[] _running;
    private readonly DetailProofLedger _proofs = new();
    private ChannelReader<RenderItem> _work = null!;
    private IProgress<CrawlProgress>? _progress;
    private CancellationTokenSource _stop = null!;
    private int _done;
    private Func<int?>? _total;

    public RenderStage(
        DetailRenderer details, ISnapshotStore store, TimeProvider time, RenderConcurrency gauges, ILoadProbe probe, ILogger logger,
        Func<Task<IBrowserContext>> openContext, string sourceId, int maxConcurrency, TimeSpan timeout)
    {
        _details = details;
        _kept = new RenderKeeper(store, time, details.Options);
        _gauges = gauges;
        _logger = logger;
        _openContext = openContext;
        _sourceId = sourceId;
        _timeout = timeout;
        _governor = new ConcurrencyGovernor(maxConcurrency, probe, time, details.Options);
        _running = new bool[Math.Max(1, maxConcurrency)];
    }

    /// <summary>The most renderers that ran at once.</summary>
    public int PeakConcurrency { get; private set; }

    /// <summary>
    /// Renders until <paramref name="work"/> completes. A renderer's fault (the browser gone, the store refusing a
    /// snapshot) cancels <paramref name="stop"/>, the whole pipeline's, and surfaces as this task's fault. <paramref name="total"/>
    /// says how many details there are once that is known (the listing ended): it gives the progress its total and ETA.
    /// </summary>
    public async Task<RenderStageResult> RunAsync(ChannelReader<RenderItem> work, IProgress<CrawlProgress>? progress, CancellationTokenSource stop, Func<int?>? total = null)
    {
        _work = work;
        _total = total;
        _progress = progress;
        _stop = stop;
        _gauges.AddDesired(_governor.Desired);
        try
        {
            lock (_gate) Spawn(0);
            await AllRenderersAsync().ConfigureAwait(false);
            _details.LogProofs(_sourceId, _proofs, _kept.Rendered);
            if (_kept.StoppedReason is { } reason)
            {
                var left = 0;
                await foreach (var item in work.ReadAllAsync(stop.Token).ConfigureAwait(false))
                {
                    _gauges.AddQueued(-1);
                    _kept.NotTried(item.Key, reason);
                    left++;
                }

                LogBudgetExhausted(_sourceId, left, reason);
            }
        }
        finally
        {
            _gauges.AddDesired(-_governor.Desired);
            while (work.TryRead(out _)) _gauges.AddQueued(-1);
        }

        return _kept.Result();
    }

    private async Task AllRenderersAsync()
    {
        while (true)
        {
            Task[] running;
            lock (_gate) running = [.. _renderers];
            await Task.WhenAll(running).ConfigureAwait(false);
            lock (_gate)
            {
                if (_renderers.Count == running.Length) return;
            }
        }
    }

    /// <summary>Starts renderer <paramref name="index"/>; called under the lock.</summary>
    private void Spawn(int index)
    {
        _running[index] = true;
        PeakConcurrency = Math.Max(PeakConcurrency, _running.Count(r => r));
        _renderers.Add(Task.Run(async () =>
        {
            try
            {
                await RenderLoopAsync(index).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await _stop.CancelAsync().ConfigureAwait(false);
                throw;
            }
        }, CancellationToken.None));
    }

    private async Task RenderLoopAsync(int index)
    {
        var cancellationToken = _stop.Token;
        await using var slot = _details.NewSlot(_openContext);
        try
        {
            while (index < _governor.Desired && _kept.StoppedReason is null && await _work.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (!_work.TryRead(out var item)) continue;
                _gauges.AddQueued(-1);
                _gauges.AddCurrent(1);
                DetailRenderResult result;
                try
                {
                    result = await _details.RenderOnAsync(slot, _sourceId, item.Key, item.Target, _timeout, _proofs).ConfigureAwait(false);
                }
                finally
                {
                    _gauges.AddCurrent(-1);
                }

                await _kept.KeepAsync(result, cancellationToken).ConfigureAwait(false);
                _progress?.Report(new CrawlProgress("details", Interlocked.Increment(ref _done), _total?.Invoke()) { Failed = _kept.Failed });
                Scale();
            }
        }
        finally
        {
            lock (_gate) _running[index] = false;
        }
    }

    private void Scale()
    {
        int before, desired;
        // Read, adjust and count under one lock: two renderers scaling at once each added their own "after - before"
        // over the same step, and the desired-concurrency gauge stayed above zero after the run.
        lock (_gate)
        {
            before = _governor.Desired;
            desired = _governor.Adjust(workWaiting: _work.Count > 0);
            _gauges.AddDesired(desired - before);
        }

        if (desired != before) LogScaled(_sourceId, before, desired, _governor.LastLoad.CpuShare, _governor.LastLoad.MemoryBytes / (1024 * 1024));

        // Also after no change: a renderer that was leaving when the figure rose again is replaced here.
        lock (_gate)
        {
            for (var i = 0; i < desired; i++)
            {
                if (!_running[i]) Spawn(i);
            }
        }
    }

    [LoggerMessage(EventId = 3011, Level = LogLevel.Debug, Message = "Details of {SourceId}: renderers {Before} -> {After} (CPU share {Cpu:0.00}, process tree {MemoryMb} MB)")]
    private partial void LogScaled(string sourceId, int before, int after, double cpu, long memoryMb);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Warning, Message = "Details of {SourceId}: {Left} postings not rendered: {Reason}")]
    private partial void LogBudgetExhausted(string sourceId, int left, string reason);
}
