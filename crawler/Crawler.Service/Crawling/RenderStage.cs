using System.Threading.Channels;
using Crawler.Model;
using Crawler.Snapshots;
using Crawler.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Crawler.Crawling;

/// <summary>
/// The render stage of a run: renderers take details from the feed as the listing goes on, each on its own page
/// (<see cref="DetailPageSlot"/>, recycled), and store each snapshot the moment it is rendered, so an interrupted run
/// loses at most the renders in flight and nothing waits in memory for the commit but ids. How many renderers run is
/// the <see cref="ConcurrencyGovernor"/>'s call: renderer <c>i</c> runs while <c>i</c> is below its figure. The
/// run's failure budget (<see cref="DetailBudget"/>) stops rendering; what was not tried is reported as such.
/// </summary>
internal sealed partial class RenderStage(
    DetailRenderer details, ICrawlStore store, TimeProvider time, RenderConcurrency gauges, ILoadProbe probe, ILogger logger)
{
    private readonly Lock _gate = new();
    private readonly List<Task> _renderers = [];
    private readonly Dictionary<string, SnapshotMark> _stored = new(StringComparer.Ordinal);
    private readonly List<DetailRenderResult> _missing = [];
    private bool[] _running = [];
    private int _attempted;
    private int _done;

    /// <summary>The most renderers that ran at once (for tests and logs).</summary>
    public int PeakConcurrency { get; private set; }

    /// <summary>Renders until <paramref name="work"/> completes. A renderer's fault (the browser gone, the store refusing a
    /// snapshot) cancels <paramref name="stop"/>, the whole pipeline's, and surfaces as this task's fault.</summary>
    public async Task<RenderStageResult> RunAsync(
        IBrowserContext context, string sourceId, ChannelReader<RenderItem> work, int maxConcurrency, TimeSpan timeout,
        IProgress<CrawlProgress>? progress, CancellationTokenSource stop)
    {
        var cancellationToken = stop.Token;
        var governor = new ConcurrencyGovernor(maxConcurrency, probe, time, details.Options);
        var budget = new DetailBudget(details.Options);
        _running = new bool[Math.Max(1, maxConcurrency)];
        gauges.AddDesired(governor.Desired);
        try
        {
            lock (_gate) Spawn(0, context, sourceId, work, governor, budget, timeout, progress, stop);
            await AllRenderersAsync().ConfigureAwait(false);
            if (budget.StoppedReason is { } reason)
            {
                var left = 0;
                await foreach (var item in work.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                {
                    gauges.AddQueued(-1);
                    _missing.Add(new DetailRenderResult(item.Key, null, "not rendered: " + reason, Attempted: false));
                    left++;
                }

                LogBudgetExhausted(sourceId, left, reason);
            }
        }
        finally
        {
            gauges.AddDesired(-governor.Desired);
            while (work.TryRead(out _)) gauges.AddQueued(-1);
        }

        return new RenderStageResult(_stored, new DetailRenderReport(_missing, budget.StoppedReason), _attempted);
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
    private void Spawn(int index, IBrowserContext context, string sourceId, ChannelReader<RenderItem> work, ConcurrencyGovernor governor,
        DetailBudget budget, TimeSpan timeout, IProgress<CrawlProgress>? progress, CancellationTokenSource stop)
    {
        _running[index] = true;
        PeakConcurrency = Math.Max(PeakConcurrency, _running.Count(r => r));
        _renderers.Add(Task.Run(async () =>
        {
            try
            {
                await RenderLoopAsync(index, context, sourceId, work, governor, budget, timeout, progress, stop).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await stop.CancelAsync().ConfigureAwait(false);
                throw;
            }
        }, CancellationToken.None));
    }

    private async Task RenderLoopAsync(int index, IBrowserContext context, string sourceId, ChannelReader<RenderItem> work,
        ConcurrencyGovernor governor, DetailBudget budget, TimeSpan timeout, IProgress<CrawlProgress>? progress, CancellationTokenSource stop)
    {
        var cancellationToken = stop.Token;
        await using var slot = details.NewSlot(context);
        try
        {
            while (index < governor.Desired && budget.StoppedReason is null && await work.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (!work.TryRead(out var item)) continue;
                gauges.AddQueued(-1);
                gauges.AddCurrent(1);
                DetailRenderResult result;
                try
                {
                    result = await details.RenderOnAsync(slot, sourceId, item.Key, item.Target, timeout).ConfigureAwait(false);
                }
                finally
                {
                    gauges.AddCurrent(-1);
                }

                await KeepAsync(result, budget, cancellationToken).ConfigureAwait(false);
                progress?.Report(new CrawlProgress("details", Interlocked.Increment(ref _done), null));
                Scale(governor, work, context, sourceId, budget, timeout, progress, stop);
            }
        }
        finally
        {
            lock (_gate) _running[index] = false;
        }
    }

    /// <summary>Stores a rendered page at once and keeps only its id; keeps a failure's reason for the commit.</summary>
    private async Task KeepAsync(DetailRenderResult result, DetailBudget budget, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _attempted);
        budget.Record(result.Page is not null, result.Error);
        if (result.Page is null)
        {
            lock (_gate) _missing.Add(result);
            return;
        }

        cancellationToken.ThrowIfCancellationRequested(); // a stopped run stores nothing more
        var snapshot = SnapshotFactory.Create(result.Page, time.GetUtcNow());
        await store.SaveSnapshotAsync(snapshot, cancellationToken).ConfigureAwait(false);
        lock (_gate) _stored[result.PostingKey] = new SnapshotMark(snapshot.Id, snapshot.PostingKey, snapshot.CapturedAt);
    }

    private void Scale(ConcurrencyGovernor governor, ChannelReader<RenderItem> work, IBrowserContext context, string sourceId,
        DetailBudget budget, TimeSpan timeout, IProgress<CrawlProgress>? progress, CancellationTokenSource stop)
    {
        var before = governor.Desired;
        var desired = governor.Adjust(workWaiting: work.Count > 0);
        if (desired != before)
        {
            gauges.AddDesired(desired - before);
            LogScaled(sourceId, before, desired, governor.LastLoad.CpuShare, governor.LastLoad.MemoryBytes / (1024 * 1024));
        }

        // Also after no change: a renderer that was leaving when the figure rose again is replaced here.
        lock (_gate)
        {
            for (var i = 0; i < desired; i++)
            {
                if (!_running[i]) Spawn(i, context, sourceId, work, governor, budget, timeout, progress, stop);
            }
        }
    }

    [LoggerMessage(EventId = 3011, Level = LogLevel.Debug, Message = "Details of {SourceId}: renderers {Before} -> {After} (CPU share {Cpu:0.00}, process tree {MemoryMb} MB)")]
    private partial void LogScaled(string sourceId, int before, int after, double cpu, long memoryMb);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Warning, Message = "Details of {SourceId}: {Left} postings not rendered: {Reason}")]
    private partial void LogBudgetExhausted(string sourceId, int left, string reason);
}
