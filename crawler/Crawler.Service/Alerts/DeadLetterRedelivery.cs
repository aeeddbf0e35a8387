using Crawler.Storage;

namespace Crawler.Alerts;

/// <summary>
/// Sends dead-lettered events again (ops, after fixing a receiver): grouped per sink, composed like a delivery
/// (one message per event with its event id as key, or a digest when there are more than the sink's limit),
/// removed once delivered, kept with one more failure otherwise. The sink's filter is not re-applied: the
/// events were chosen when they first failed.
/// </summary>
public sealed partial class DeadLetterRedelivery(
    IEventLog store,
    IAlertStateStore state,
    AlertSinks sinks,
    AlertSender sender,
    TimeProvider time,
    ILogger<DeadLetterRedelivery> logger)
{
    public async Task<RedeliveryReport> RedeliverAsync(string? sink, string? eventId, CancellationToken cancellationToken)
    {
        await state.InitializeAsync(cancellationToken).ConfigureAwait(false);
        var letters = await state.ListDeadLettersAsync(sink, eventId, int.MaxValue, cancellationToken).ConfigureAwait(false);
        int delivered = 0, failing = 0;
        var unknown = new List<string>();
        foreach (var group in letters.GroupBy(l => l.Sink, StringComparer.Ordinal))
        {
            if (sinks.Find(group.Key) is not { } configured)
            {
                unknown.Add(group.Key);
                continue;
            }

            var byEvent = group.ToDictionary(l => l.EventId, StringComparer.Ordinal);
            var items = new List<AlertItem>();
            foreach (var letter in group)
            {
                var found = await store.ListEventsAsync(new EventQuery { AfterSequence = letter.Sequence - 1, Limit = 1 }, cancellationToken).ConfigureAwait(false);
                if (found is [var change] && change.Id == letter.EventId) items.Add(new AlertItem(change, null));
            }

            foreach (var message in AlertComposer.Compose(configured, items, [], time.GetUtcNow(), digestScope: "redeliver"))
            {
                var outcome = await sender.SendAsync(configured, message, cancellationToken).ConfigureAwait(false);
                foreach (var item in message.Items)
                {
                    var letter = byEvent[item.Event.Id];
                    if (outcome.Delivered)
                    {
                        await state.DeleteDeadLetterAsync(letter.Sink, letter.EventId, CancellationToken.None).ConfigureAwait(false);
                        delivered++;
                    }
                    else
                    {
                        await state.SaveDeadLetterAsync(letter with
                        {
                            MessageId = message.Id, Reason = outcome.Reason ?? "failed",
                            Attempts = letter.Attempts + outcome.Attempts, FailedAt = time.GetUtcNow(),
                        }, CancellationToken.None).ConfigureAwait(false);
                        failing++;
                    }
                }
            }
        }

        LogRedelivered(delivered, failing);
        return new RedeliveryReport(delivered, failing, unknown);
    }

    [LoggerMessage(EventId = 6005, Level = LogLevel.Information, Message = "Redelivery: {Delivered} dead-lettered events delivered, {Failing} still failing")]
    private partial void LogRedelivered(int delivered, int failing);
}
