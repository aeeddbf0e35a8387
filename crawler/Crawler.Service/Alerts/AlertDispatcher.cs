using Crawler.Model;
using Crawler.Storage;
using Microsoft.Extensions.Options;

namespace Crawler.Alerts;

/// <summary>
/// Delivers pending events to every sink, at least once and in order. Per sink: read a batch after the
/// sink's cursor, mark it pending (so a restart re-forms the same batch), filter, compose (events or one
/// digest), send each message and move the cursor past it. A message that fails for good becomes dead letters
/// in the same write that moves the cursor, so one bad event never blocks the rest.
/// </summary>
public sealed partial class AlertDispatcher(
    ICrawlStore store,
    IAlertStateStore state,
    AlertSinks sinks,
    AlertSender sender,
    IOptions<AlertOptions> options,
    TimeProvider time,
    ILogger<AlertDispatcher> logger) : IDisposable
{
    private readonly AlertMatcher _matcher = new(store);
    private readonly AlertCursors _cursors = new(store, state, time, logger);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _initialized;

    /// <summary>One pass over every sink; returns what each did.</summary>
    public async Task<IReadOnlyList<AlertSinkReport>> DeliverPendingAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await InitializeAsync(cancellationToken).ConfigureAwait(false);
            var postings = new PostingLookup(store);
            var reports = new List<AlertSinkReport>();
            foreach (var sink in sinks.All)
            {
                try
                {
                    reports.Add(await DeliverSinkAsync(sink, postings, cancellationToken).ConfigureAwait(false));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // One sink's store trouble or bug must not starve the others; its cursor stays and the next pass retries.
                    LogSinkFailed(sink.Name, sink.Sink.Target, ex);
                    reports.Add(new AlertSinkReport { Sink = sink.Name, Failed = true });
                }
            }

            return reports;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    internal async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_initialized) return;
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        await state.InitializeAsync(cancellationToken).ConfigureAwait(false);
        _initialized = true;
    }

    private async Task<AlertSinkReport> DeliverSinkAsync(ConfiguredAlertSink sink, PostingLookup postings, CancellationToken cancellationToken)
    {
        var report = new AlertSinkReport { Sink = sink.Name };
        var cursor = await state.GetCursorAsync(sink.Name, cancellationToken).ConfigureAwait(false)
            ?? await _cursors.StartAsync(sink, cancellationToken).ConfigureAwait(false);
        var batchSize = options.Value.BatchSize;
        while (true)
        {
            var pending = cursor.PendingThrough;
            var read = await store.ListEventsAsync(new EventQuery { AfterSequence = cursor.Position, Kinds = sink.Filter.Kinds, Limit = batchSize }, cancellationToken).ConfigureAwait(false);
            IReadOnlyList<ChangeEvent> batch = pending is { } through ? [.. read.Where(e => e.Sequence <= through)] : read;
            if (batch.Count == 0)
            {
                if (pending is { } p) cursor = await _cursors.SaveAsync(cursor with { Position = Math.Max(cursor.Position, p), PendingThrough = null }, [], cancellationToken).ConfigureAwait(false);
                if (pending is null || read.Count == 0) break;
                continue;
            }

            var end = pending ?? batch[^1].Sequence;
            var (items, firstCrawlSources, filtered, silenced) = await _matcher.MatchAsync(sink, batch, postings, cancellationToken).ConfigureAwait(false);
            report = report with { Filtered = report.Filtered + filtered, Silenced = report.Silenced + silenced };
            var messages = AlertComposer.Compose(sink, items, firstCrawlSources, time.GetUtcNow());
            if (messages.Count > 0 && pending is null)
            {
                cursor = await _cursors.SaveAsync(cursor with { PendingThrough = end }, [], cancellationToken).ConfigureAwait(false);
            }

            foreach (var message in messages)
            {
                var outcome = await sender.SendAsync(sink, message, cancellationToken).ConfigureAwait(false);
                var letters = outcome.Delivered ? [] : _cursors.DeadLetters(sink, message, outcome);
                cursor = await _cursors.SaveAsync(cursor with { Position = message.Items.Max(i => i.Event.Sequence) }, letters, cancellationToken).ConfigureAwait(false);
                report = report with
                {
                    Messages = report.Messages + (outcome.Delivered ? 1 : 0),
                    EventsDelivered = report.EventsDelivered + (outcome.Delivered ? message.Items.Count : 0),
                    EventsDeadLettered = report.EventsDeadLettered + letters.Count,
                    Retries = report.Retries + Math.Max(0, outcome.Attempts - 1),
                };
            }

            cursor = await _cursors.SaveAsync(cursor with { Position = Math.Max(cursor.Position, end), PendingThrough = null }, [], cancellationToken).ConfigureAwait(false);
            if (pending is null && read.Count < batchSize) break;
        }

        return report with { Position = cursor.Position };
    }

    /// <summary>
    /// Starts the sink's cursor now when it has none, so events stored between <c>alerts test</c> and the first
    /// delivery are delivered rather than skipped by <c>startAt: latest</c>. Returns the cursor and whether it was started.
    /// </summary>
    public async Task<(AlertCursor Cursor, bool Started)> EnsureCursorAsync(ConfiguredAlertSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await InitializeAsync(cancellationToken).ConfigureAwait(false);
            if (await state.GetCursorAsync(sink.Name, cancellationToken).ConfigureAwait(false) is { } existing) return (existing, false);
            return (await _cursors.StartAsync(sink, cancellationToken).ConfigureAwait(false), true);
        }
        finally
        {
            _gate.Release();
        }
    }

    [LoggerMessage(EventId = 6009, Level = LogLevel.Error, Message = "Alert sink {Sink} ({Target}): delivery pass failed; the cursor stays and the next pass tries again")]
    private partial void LogSinkFailed(string sink, string target, Exception exception);
}
