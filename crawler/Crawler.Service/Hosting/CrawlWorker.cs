using System.Collections.Concurrent;
using Crawler.Crawling;
using Crawler.Diagnostics;
using Crawler.Model;
using Crawler.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crawler.Hosting;

/// <summary>
/// The long-lived worker (<c>crawler run</c>): every <see cref="CrawlerOptions.PollInterval"/> it starts the due
/// sources, at most <see cref="CrawlerOptions.MaxConcurrentSources"/> at once. The worker only reads the schedule;
/// the crawl (<see cref="ISourceCrawler"/>, the runner's lease scope) is the one owner of the lease and checks the
/// source is still due under it, so several workers on one database crawl it once per due time; the worker's own
/// running set keeps it from starting a source twice. On shutdown it stops claiming,
/// gives running crawls <see cref="CrawlerOptions.DrainTimeout"/> to finish, then cancels them (their runs close
/// as abandoned and their leases are released). <see cref="ShutdownClean"/> says whether that all happened
/// within the host's shutdown deadline.
/// </summary>
public sealed partial class CrawlWorker : BackgroundService
{
    private readonly IReadOnlyList<SourceDefinition> _sources;
    private readonly ISourceCrawler _crawler;
    private readonly ICrawlStore _store;
    private readonly CrawlerMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly CrawlerOptions _options;
    private readonly ILogger<CrawlWorker> _logger;
    private readonly ConcurrentDictionary<string, Task> _running = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _crawls;

    public CrawlWorker(IReadOnlyList<SourceDefinition> sources, ISourceCrawler crawler, ICrawlStore store, CrawlerMetrics metrics,
        TimeProvider time, IOptions<CrawlerOptions> options, ILogger<CrawlWorker> logger)
    {
        _sources = sources;
        _crawler = crawler;
        _store = store;
        _metrics = metrics;
        _time = time;
        _options = options.Value;
        _logger = logger;
        _crawls = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
    }

    /// <summary>Null while running; after stopping, true when every crawl ended and every lease was released before the deadline.</summary>
    public bool? ShutdownClean { get; private set; }

    /// <summary>Ids of the sources this worker is crawling now.</summary>
    public IReadOnlyCollection<string> Running => [.. _running.Keys];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await _store.InitializeAsync(stoppingToken).ConfigureAwait(false);
        await _store.UpsertSourcesAsync(_sources, stoppingToken).ConfigureAwait(false);
        LogStarted(_options.WorkerId, _sources.Count);
        await _crawler.PrepareAsync(stoppingToken).ConfigureAwait(false);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await PollAsync(stoppingToken).ConfigureAwait(false);
                await Task.Delay(_options.PollInterval, _time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown requested: stop claiming.
        }
        finally
        {
            await WhenIdleAsync().ConfigureAwait(false);
            LogStopped(_options.WorkerId);
        }
    }

    /// <summary>One scheduling pass: forgets finished crawls, then claims and starts every due source there is room for.</summary>
    public async Task PollAsync(CancellationToken cancellationToken)
    {
        foreach (var done in _running.Where(p => p.Value.IsCompleted).Select(p => p.Key).ToList()) _running.TryRemove(done, out _);
        var now = _time.GetUtcNow();
        var states = (await _store.ListSourceStatesAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.SourceId, StringComparer.Ordinal);
        foreach (var source in _sources)
        {
            if (_running.Count >= _options.MaxConcurrentSources || cancellationToken.IsCancellationRequested) break;
            if (_running.ContainsKey(source.Id) || !SourceSchedule.IsDue(states.GetValueOrDefault(source.Id), now, _options.WorkerId)) continue;
            _running[source.Id] = Task.Run(() => CrawlAsync(source), CancellationToken.None);
        }
    }

    /// <summary>Completes when no crawl of this worker runs.</summary>
    public Task WhenIdleAsync() => Task.WhenAll(_running.Values);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        LogStopping(_options.WorkerId, _running.Count, _options.DrainTimeout);
        _crawls.CancelAfter(_options.DrainTimeout);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        var clean = ExecuteTask is null || ExecuteTask.IsCompleted;
        if (!clean)
        {
            // The host's deadline passed: cancel what still runs and hand its leases back so another worker can go on.
            await _crawls.CancelAsync().ConfigureAwait(false);
            foreach (var id in _running.Keys) await ReleaseQuietlyAsync(id).ConfigureAwait(false);
            LogDeadlinePassed(_options.WorkerId, string.Join(", ", _running.Keys));
        }

        ShutdownClean = clean;
    }

    private async Task CrawlAsync(SourceDefinition source)
    {
        var started = _time.GetTimestamp();
        try
        {
            var outcome = await _crawler.CrawlAsync(source, _crawls.Token).ConfigureAwait(false);
            if (outcome.Run.Id.Length > 0) _metrics.RecordRun(outcome.Run, outcome.Events, outcome.Duration);
        }
        catch (OperationCanceledException) when (_crawls.IsCancellationRequested)
        {
            // The runner closed the run as abandoned and released its lease.
            _metrics.RecordRun(new RunRecord { Id = "-", SourceId = source.Id, WorkerId = _options.WorkerId, Status = RunStatus.Abandoned }, [], _time.GetElapsedTime(started));
        }
        catch (StoreException ex)
        {
            // The store failed, not the portal: one line naming store and operation; the lease expires or is released.
            _metrics.RecordError("store");
            LogStoreFailed(source.Id, ex.Message);
            await ReleaseQuietlyAsync(source.Id).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // A bug in one crawl must not stop the worker: log it and try again when due.
            _metrics.RecordError("crash");
            LogCrawlCrashed(source.Id, ex);
            await ReleaseQuietlyAsync(source.Id).ConfigureAwait(false);
        }
    }

    private async Task ReleaseQuietlyAsync(string sourceId)
    {
        try
        {
            await _store.ReleaseLeaseAsync(sourceId, _options.WorkerId, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // The lease expires by itself; another worker takes the source over then.
            LogReleaseFailed(sourceId, ex.Message);
        }
    }

    public override void Dispose()
    {
        _crawls.Dispose();
        base.Dispose();
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Worker {WorkerId} started with {Count} sources")]
    private partial void LogStarted(string workerId, int count);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Worker {WorkerId} stopped")]
    private partial void LogStopped(string workerId);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Error, Message = "{SourceId}: crawl crashed")]
    private partial void LogCrawlCrashed(string sourceId, Exception exception);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Information, Message = "Worker {WorkerId} stopping: no new claims; {Running} running crawl(s) get {Drain} to finish")]
    private partial void LogStopping(string workerId, int running, TimeSpan drain);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Error, Message = "Worker {WorkerId}: shutdown deadline passed with crawls still running ({Sources}); leases released")]
    private partial void LogDeadlinePassed(string workerId, string sources);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Warning, Message = "{SourceId}: lease could not be released: {Reason}")]
    private partial void LogReleaseFailed(string sourceId, string reason);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Error, Message = "{SourceId}: store failure, crawl not finished: {Reason}")]
    private partial void LogStoreFailed(string sourceId, string reason);
}
