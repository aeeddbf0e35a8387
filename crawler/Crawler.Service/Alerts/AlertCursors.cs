using Crawler.Storage;

namespace Crawler.Alerts;

/// <summary>
/// A sink's place in the event log: started once (at the start or, with <c>startAt: latest</c>, after the newest
/// event), then saved with the dead letters of each message in one write, never cancelled half-way.
/// </summary>
internal sealed partial class AlertCursors(IEventLog events, IAlertStateStore state, TimeProvider time, ILogger logger)
{
    public async Task<AlertCursor> StartAsync(ConfiguredAlertSink sink, CancellationToken cancellationToken)
    {
        long position = 0;
        if (string.Equals(sink.Options.StartAt, "latest", StringComparison.OrdinalIgnoreCase))
        {
            // The log has no "last" query; page through sequence numbers once, when a sink is first seen.
            while (await events.ListEventsAsync(new EventQuery { AfterSequence = position, Limit = 5000 }, cancellationToken).ConfigureAwait(false) is { Count: > 0 } page)
            {
                position = page[^1].Sequence;
            }
        }

        LogSinkStarted(sink.Name, sink.Sink.Target, position, sink.Options.StartAt);
        return await SaveAsync(new AlertCursor { Sink = sink.Name, Position = position }, [], cancellationToken).ConfigureAwait(false);
    }

    public async Task<AlertCursor> SaveAsync(AlertCursor cursor, IReadOnlyList<DeadLetter> letters, CancellationToken cancellationToken)
    {
        // Cursor writes are not cancelled half-way: a delivered message must be recorded as delivered.
        var saved = cursor with { UpdatedAt = time.GetUtcNow() };
        await state.SaveCursorAsync(saved, letters, CancellationToken.None).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return saved;
    }

    /// <summary>One dead letter per event of a message that failed for good.</summary>
    public List<DeadLetter> DeadLetters(ConfiguredAlertSink sink, AlertMessage message, DeliveryOutcome outcome)
    {
        var now = time.GetUtcNow();
        return [.. message.Items.Select(item => new DeadLetter
        {
            Sink = sink.Name, EventId = item.Event.Id, Sequence = item.Event.Sequence, MessageId = message.Id,
            Reason = outcome.Reason ?? "failed", Attempts = outcome.Attempts, FirstFailedAt = now, FailedAt = now,
        })];
    }

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Alert sink {Sink} ({Target}): first delivery, starting after event sequence {Position} (startAt {StartAt})")]
    private partial void LogSinkStarted(string sink, string target, long position, string startAt);
}
