using Crawler.Crawling;
using Crawler.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crawler.Hosting;

/// <summary>
/// The long-lived worker (<c>crawler run</c>): crawls every source when it is due, at most
/// <see cref="CrawlerOptions.MaxConcurrentSources"/> at once. Sources are claimed through store leases, so
/// several workers on one database share them. On shutdown it stops claiming and lets running crawls close
/// their runs (as abandoned when they cannot finish).
/// </summary>
public sealed partial class CrawlWorker(
    IReadOnlyList<SourceDefinition> sources,
    CrawlRunner runner,
    ICrawlStore store,
    TimeProvider time,
    IOptions<CrawlerOptions> options,
    ILogger<CrawlWorker> logger) : BackgroundService
{
    private readonly Dictionary<string, Task> _running = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await store.InitializeAsync(stoppingToken).ConfigureAwait(false);
        await store.UpsertSourcesAsync(sources, stoppingToken).ConfigureAwait(false);
        LogStarted(options.Value.WorkerId, sources.Count);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                Reap();
                await StartDueAsync(stoppingToken).ConfigureAwait(false);
                await Task.Delay(options.Value.PollInterval, time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown requested.
        }
        finally
        {
            await Task.WhenAll(_running.Values.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default))).ConfigureAwait(false);
            LogStopped(options.Value.WorkerId);
        }
    }

    private async Task StartDueAsync(CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow();
        var states = (await store.ListSourceStatesAsync(stoppingToken).ConfigureAwait(false)).ToDictionary(s => s.SourceId, StringComparer.Ordinal);
        foreach (var source in sources)
        {
            if (_running.Count >= options.Value.MaxConcurrentSources) break;
            if (_running.ContainsKey(source.Id)) continue;
            var state = states.GetValueOrDefault(source.Id);
            if (state is { Quarantined: true }) continue;
            if (state?.NextDueAt is { } due && due > now) continue;
            if (state?.LeaseHolder is { } holder && holder != options.Value.WorkerId && state.LeasedUntil > now) continue;
            _running[source.Id] = CrawlAsync(source, stoppingToken);
        }
    }

    private async Task CrawlAsync(SourceDefinition source, CancellationToken stoppingToken)
    {
        try
        {
            await runner.RunAsync(source, null, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The runner closed the run as abandoned.
        }
        catch (Exception ex)
        {
            // A store outage or a bug in one crawl must not stop the worker: log it and try again when due.
            LogCrawlCrashed(source.Id, ex);
        }
    }

    private void Reap()
    {
        foreach (var id in _running.Where(p => p.Value.IsCompleted).Select(p => p.Key).ToList()) _running.Remove(id);
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Worker {WorkerId} started with {Count} sources")]
    private partial void LogStarted(string workerId, int count);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Worker {WorkerId} stopped")]
    private partial void LogStopped(string workerId);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Error, Message = "{SourceId}: crawl crashed")]
    private partial void LogCrawlCrashed(string sourceId, Exception exception);
}
