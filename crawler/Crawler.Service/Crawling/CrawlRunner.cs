using System.Runtime.ExceptionServices;
using Crawler.Browsing;
using Crawler.Changes;
using Crawler.Model;
using Crawler.Portals;
using Crawler.Snapshots;
using Crawler.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Crawler.Crawling;

/// <summary>
/// Crawls one source once: claims it, lists it through its adapter while the render stage renders and stores the
/// detail snapshots of new or changed postings as they are listed, then detects changes over the complete listing
/// and commits run, postings and events together. A failed fetch is a failed run, never "zero postings".
/// </summary>
public sealed partial class CrawlRunner(
    ICrawlStore store,
    BrowserHost browser,
    IEnumerable<IPortalAdapter> adapters,
    DetailRenderer details,
    RunCommitter committer,
    RunWatchdog watchdog,
    RenderConcurrency renders,
    TimeProvider time,
    IOptions<CrawlerOptions> options,
    ILogger<CrawlRunner> logger)
{
    /// <summary>How long a stopped run waits for its render stage to let go (a save in flight) before closing the context.</summary>
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);
    private readonly CrawlerOptions _options = options.Value;
    private readonly Dictionary<string, IPortalAdapter> _adapters = adapters.ToDictionary(a => a.Platform, StringComparer.OrdinalIgnoreCase);

    /// <summary>Crawls <paramref name="source"/> unless another worker holds it.</summary>
    public async Task<CrawlOutcome> RunAsync(SourceDefinition source, IProgress<CrawlProgress>? progress, CancellationToken cancellationToken)
    {
        var workerId = _options.WorkerId;
        if (!_adapters.TryGetValue(source.Platform, out var adapter))
        {
            throw new InvalidOperationException($"Source '{source.Id}': no adapter for platform '{source.Platform}' (known: {string.Join(", ", _adapters.Keys)})");
        }

        await using var lease = await LeaseScope.TryClaimAsync(store, source.Id, workerId, _options.LeaseDuration, time, () => LogLeaseLost(source.Id), cancellationToken).ConfigureAwait(false);
        if (lease is null)
        {
            LogLeased(source.Id);
            return CrawlOutcome.Skipped(source.Id, workerId);
        }

        var started = time.GetTimestamp();
        var run = new RunRecord { Id = NewRunId(source.Id), SourceId = source.Id, WorkerId = workerId, StartedAt = time.GetUtcNow(), Status = RunStatus.Running };
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["SourceId"] = source.Id, ["RunId"] = run.Id });
        var abandoned = await store.AbandonStaleRunsAsync(source.Id, run.Id, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (abandoned > 0) LogAbandoned(source.Id, abandoned);
        await store.StartRunAsync(run, cancellationToken).ConfigureAwait(false);
        LogStarted(source.Id, run.Id);
        var (finished, events) = await CrawlAsync(source, adapter, run, progress, lease.Lost).ConfigureAwait(false);
        return new CrawlOutcome(finished, events, time.GetElapsedTime(started));
    }

    private async Task<(RunRecord Run, IReadOnlyList<ChangeEvent> Events)> CrawlAsync(
        SourceDefinition source, IPortalAdapter adapter, RunRecord run, IProgress<CrawlProgress>? progress, CancellationToken cancellationToken)
    {
        var watch = watchdog.Watch(source.Id, run.Id, progress);
        try
        {
            RunObservation attempt;
            try
            {
                attempt = await AttemptAsync(source, adapter, watch, cancellationToken).ConfigureAwait(false);
            }
            catch (BrowserDisconnectedException ex) when (!cancellationToken.IsCancellationRequested && !watch.Tripped)
            {
                // A crashed browser says nothing about the portal: relaunch it and crawl once more in a fresh context.
                LogBrowserRetry(source.Id, ex.Message);
                await browser.ResetAsync("browser fault: " + ex.Message).ConfigureAwait(false);
                attempt = await AttemptAsync(source, adapter, watch, cancellationToken).ConfigureAwait(false);
            }

            await watch.DisposeAsync().ConfigureAwait(false);
            return await committer.CommitAsync(source, run, attempt, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (watch.Tripped && !cancellationToken.IsCancellationRequested)
        {
            return await AbandonStalledAsync(source, run, watch).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is PortalException or TimeoutException or PlaywrightException or BrowserDisconnectedException or InvalidOperationException
                                   && !cancellationToken.IsCancellationRequested)
        {
            LogFailed(source.Id, ex.Message);
            if (ex is BrowserDisconnectedException) await browser.ResetAsync("browser fault: " + ex.Message).ConfigureAwait(false);
            var failed = run with { Status = RunStatus.Failed, FinishedAt = time.GetUtcNow(), Errors = [ex.Message] };
            await store.CommitRunAsync(new RunCommit(failed, [], []), CancellationToken.None).ConfigureAwait(false);
            await committer.ScheduleAsync(source, RunStatus.Failed).ConfigureAwait(false);
            return (failed, []);
        }
        catch (OperationCanceledException)
        {
            // Shutdown or a lost lease: close the run honestly so no one mistakes it for a complete one.
            var abandoned = run with { Status = RunStatus.Abandoned, FinishedAt = time.GetUtcNow(), Errors = ["stopped before it finished (shutdown or lease lost)"] };
            LogRunAbandoned(source.Id, run.Id);
            await store.CommitRunAsync(new RunCommit(abandoned, [], []), CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        finally
        {
            await watch.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The watchdog tripped: nothing moved for the stall timeout, most likely a browser call that never returns.
    /// The run is closed as abandoned (nothing of it written), the browser thrown away, the source backed off; the
    /// caller then releases the lease so this or another worker can crawl it again.
    /// </summary>
    private async Task<(RunRecord, IReadOnlyList<ChangeEvent>)> AbandonStalledAsync(SourceDefinition source, RunRecord run, RunWatch watch)
    {
        var where = watch.Last is { } last ? $" (last progress: {last.Phase} {last.Done}{(last.Total is { } t ? "/" + t : "")})" : " (no progress at all)";
        var reason = $"no progress for {watchdog.StallTimeout.TotalSeconds:0.#} s{where}: abandoned by the watchdog (Crawler:StallTimeout)";
        LogStalled(source.Id, reason);
        await browser.ResetAsync("stalled run: " + reason).ConfigureAwait(false);
        var abandoned = run with { Status = RunStatus.Abandoned, FinishedAt = time.GetUtcNow(), Errors = [reason] };
        await store.CommitRunAsync(new RunCommit(abandoned, [], []), CancellationToken.None).ConfigureAwait(false);
        await committer.ScheduleAsync(source, RunStatus.Failed).ConfigureAwait(false);
        return (abandoned, []);
    }

    /// <summary>
    /// Lists and renders in a fresh context. A browser that died on the way (its errors may look like portal
    /// errors, or like an incomplete listing) surfaces as <see cref="BrowserDisconnectedException"/>.
    /// </summary>
    /// <remarks>
    /// Every wait of the attempt also ends when the browser is declared gone (its process exited or Playwright said
    /// so) or the watchdog trips, even a Playwright call that would otherwise never return (issue 19).
    /// </remarks>
    private async Task<RunObservation> AttemptAsync(
        SourceDefinition source, IPortalAdapter adapter, RunWatch watch, CancellationToken cancellationToken)
    {
        IBrowserContext? context = null;
        using var stoppable = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, watch.Token);
        try
        {
            context = await browser.NewContextAsync(new HostAllowList(source.Hosts()), stoppable.Token).WaitAsync(stoppable.Token).ConfigureAwait(false);
            var guard = context.Guard();
            watch.Report(new CrawlProgress("starting", 0, null)); // a browser launch is movement too
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(stoppable.Token, guard.Disconnected);
            return await ListAndRenderAsync(source, adapter, context, watch, attempt.Token).ConfigureAwait(false);
        }
        catch (PlaywrightException ex) when (context is not null && !context.IsConnected())
        {
            throw new BrowserDisconnectedException("browser disconnected: " + ex.Message.Split('\n')[0], ex);
        }
        catch (OperationCanceledException ex) when (!stoppable.IsCancellationRequested && context?.Guard() is { Disconnected.IsCancellationRequested: true } gone)
        {
            throw new BrowserDisconnectedException($"browser disconnected ({gone.Reason})", ex);
        }
        finally
        {
            if (context is not null) await context.CloseQuietlyAsync().ConfigureAwait(false);
        }
    }

    private static void ThrowIfDisconnected(IBrowserContext context, string stage)
    {
        if (!context.IsConnected() || context.Guard().Disconnected.IsCancellationRequested)
        {
            throw new BrowserDisconnectedException($"browser disconnected during {stage}");
        }
    }

    /// <summary>
    /// The pipeline: the stored state is read first, then the listing feeds the render stage as postings arrive
    /// (<see cref="CrawlSession.Listed"/>); what the adapter did not stream is decided from the complete listing.
    /// A fault of either stage stops the other.
    /// </summary>
    private async Task<RunObservation> ListAndRenderAsync(
        SourceDefinition source, IPortalAdapter adapter, IBrowserContext context, RunWatch watch, CancellationToken cancellationToken)
    {
        var previous = await store.GetPostingsAsync(source.Id, cancellationToken).ConfigureAwait(false);
        if (!_options.Snapshots)
        {
            var listed = await adapter.ListAsync(NewSession(source, context, watch, null), cancellationToken).WaitAsync(cancellationToken).ConfigureAwait(false);
            ThrowIfDisconnected(context, "listing");
            return new RunObservation(listed, previous, new Dictionary<string, SnapshotMark>(), null);
        }

        var now = time.GetUtcNow();
        var recent = await store.GetRecentSnapshotsAsync(source.Id, now - source.SnapshotMaxAge, cancellationToken).ConfigureAwait(false);
        var feed = new RenderFeed(source, adapter, previous, recent, details.Options, now, renders);
        var stage = new RenderStage(details, store, time, renders, new ProcessLoadProbe(time), logger);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deciding = feed.RunAsync(stop.Token);
        var rendering = stage.RunAsync(context, source.Id, feed.Work, browser.Options.DetailParallelism, browser.Options.NavigationTimeout, watch, stop);
        ListingResult listing;
        RenderStageResult rendered;
        try
        {
            listing = await adapter.ListAsync(NewSession(source, context, watch, feed.Listed), stop.Token).WaitAsync(stop.Token).ConfigureAwait(false);
            ThrowIfDisconnected(context, "listing");
            feed.ListingEnded(listing);
            await deciding.WaitAsync(cancellationToken).ConfigureAwait(false);
            rendered = await rendering.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The listing failed, the run was stopped, or a render fault cancelled the listing: stop both stages
            // before the context closes (what they stored stays, for the next run), and surface the render fault
            // when there was one, since it is the cause.
            await stop.CancelAsync().ConfigureAwait(false);
            await QuietlyAsync(Task.WhenAll(deciding, rendering)).ConfigureAwait(false);
            if (rendering.Exception?.InnerException is { } renderFault and not OperationCanceledException) ExceptionDispatchInfo.Throw(renderFault);
            throw;
        }

        ThrowIfDisconnected(context, "detail rendering");
        var snapshots = new Dictionary<string, SnapshotMark>(feed.Resumed, StringComparer.Ordinal);
        foreach (var (key, mark) in rendered.Stored) snapshots[key] = mark;
        var failed = rendered.Report.Results.Count(r => r.Attempted);
        if (failed > 0) LogSnapshotFailures(source.Id, failed, rendered.Attempted);
        LogPipeline(source.Id, feed.Streamed, feed.AfterListing, rendered.Stored.Count, feed.Resumed.Count, stage.PeakConcurrency);
        return new RunObservation(listing, previous, snapshots, feed.Queued == 0 ? null : rendered.Report);
    }

    /// <summary>Waits for stopped stages, but not for a browser call that never returns (the context is closed next).</summary>
    private static async Task QuietlyAsync(Task stages)
    {
        try
        {
            await stages.WaitAsync(StopGrace).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Their faults were seen above or do not matter any more: the run is ending.
        }
    }

    private CrawlSession NewSession(SourceDefinition source, IBrowserContext context, RunWatch watch, Action<ObservedPosting>? listed) => new()
    {
        Source = source, Browser = context, Logger = logger, Time = time, Progress = watch,
        Timeout = browser.Options.NavigationTimeout, Listed = listed,
    };

    private string NewRunId(string sourceId) => $"{sourceId}-{time.GetUtcNow():yyyyMMddTHHmmss}-{Guid.NewGuid().ToString("N")[..6]}";
}
