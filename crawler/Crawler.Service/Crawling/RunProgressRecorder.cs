using System.Collections.Concurrent;
using Crawler.Model;
using Crawler.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crawler.Crawling;

/// <summary>
/// Writes each running run's progress to the store at most every <see cref="Interval"/> (the first report at once,
/// the latest one always in the end), so <c>sources list</c> and other workers' dashboards show a run another
/// process is hosting. A write never holds up the crawl: it runs beside it, and a failed one is logged and
/// superseded by the next.
/// </summary>
public sealed partial class RunProgressRecorder(IRunStore store, TimeProvider time, IOptions<CrawlerOptions> options, ILogger<RunProgressRecorder> logger) : IRunObserver
{
    /// <summary>Least time between two writes of one run's progress.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<RunWatch, Pending> _runs = new();

    public void Started(RunWatch run) => _runs[run] = new Pending();

    public void Progressed(RunWatch run, CrawlProgress progress)
    {
        if (!_runs.TryGetValue(run, out var pending)) return;
        var latest = new RunProgress
        {
            RunId = run.RunId, SourceId = run.SourceId, WorkerId = options.Value.WorkerId, Phase = progress.Phase, Done = progress.Done, Total = progress.Total,
            Failed = progress.Failed, StartedAt = run.StartedAt, PhaseSince = run.PhaseSince, UpdatedAt = time.GetUtcNow(),
        };
        lock (pending)
        {
            pending.Latest = latest;
            if (pending.Scheduled) return;
            pending.Scheduled = true;
            var wait = pending.LastWrite is { } last ? Interval - time.GetElapsedTime(last) : TimeSpan.Zero;
            pending.Writing = WriteAsync(pending, wait > TimeSpan.Zero ? wait : TimeSpan.Zero);
        }
    }

    public void Ended(RunWatch run)
    {
        if (_runs.TryRemove(run, out var pending)) pending.Ended.Cancel();
    }

    /// <summary>Completes when every write started so far has ended (tests).</summary>
    public Task WhenWrittenAsync() => Task.WhenAll(_runs.Values.Select(p => p.Writing));

    private async Task WriteAsync(Pending pending, TimeSpan wait)
    {
        try
        {
            if (wait > TimeSpan.Zero) await Task.Delay(wait, time, pending.Ended.Token).ConfigureAwait(false);
            RunProgress latest;
            lock (pending)
            {
                pending.Scheduled = false;
                pending.LastWrite = time.GetTimestamp();
                latest = pending.Latest!;
            }

            await store.SaveRunProgressAsync(latest, pending.Ended.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The run ended; its record says the rest.
        }
        catch (Exception ex)
        {
            LogWriteFailed(ex.Message);
        }
    }

    [LoggerMessage(EventId = 2091, Level = LogLevel.Debug, Message = "Run progress not recorded in the store: {Reason}")]
    private partial void LogWriteFailed(string reason);

    private sealed class Pending
    {
        public CancellationTokenSource Ended { get; } = new();
        public RunProgress? Latest { get; set; }
        public bool Scheduled { get; set; }
        public long? LastWrite { get; set; }
        public Task Writing { get; set; } = Task.CompletedTask;
    }
}
