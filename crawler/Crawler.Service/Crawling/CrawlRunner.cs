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
    DetailRevalidation revalidation,
    RunCommitter committer,
    RunWatchdog watchdog,
    RenderConcurrency renders,
    TimeProvider time,
    IOptions<CrawlerOptions> options,
    ILogger<CrawlRunner> logger)
{
    private readonly CrawlerOptions _options = options.Value;
    private readonly Dictionary<string, IPortalAdapter> _adapters = adapters.ToDictionary(a => a.Platform, StringComparer.OrdinalIgnoreCase);

    /// <summary>Crawls <paramref name="source"/> unless another worker holds it.</summary>
    public Task<CrawlOutcome> RunAsync(SourceDefinition source, IProgress<CrawlProgress>? progress, CancellationToken cancellationToken) =>
        RunAsync(source, progress, onlyIfDue: false, cancellationToken);

    /// <summary>
    /// Crawls <paramref name="source"/> unless another worker holds it; with <paramref name="onlyIfDue"/> (the worker's
    /// polls) also unless, read again under the lease, it is no longer due: another worker may have crawled it between
    /// the caller's look at the schedule and this claim. The lease is taken here only, once.
    /// </summary>
    public async Task<CrawlOutcome> RunAsync(SourceDefinition source, IProgress<CrawlProgress>? progress, bool onlyIfDue, CancellationToken cancellationToken)
    {
        var workerId = _options.WorkerId;
        committer.Prepare();
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

        if (onlyIfDue && !SourceSchedule.IsDue(await store.GetSourceStateAsync(source.Id, cancellationToken).ConfigureAwait(false), time.GetUtcNow(), workerId))
        {
            return CrawlOutcome.Skipped(source.Id, workerId); // the lease is released as the scope ends
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

    private string NewRunId(string sourceId) => $"{sourceId}-{time.GetUtcNow():yyyyMMddTHHmmss}-{Guid.NewGuid().ToString("N")[..6]}";
}
