namespace Crawler.Storage;

/// <summary>An event a sink could not deliver (permanent refusal or retries exhausted); ops redeliver it.</summary>
public sealed record DeadLetter
{
    public required string Sink { get; init; }
    public required string EventId { get; init; }
    /// <summary>The event's sequence in the log (to read it back).</summary>
    public long Sequence { get; init; }
    /// <summary>Idempotency key of the message that failed (the event id, or a digest id).</summary>
    public required string MessageId { get; init; }
    /// <summary>Why, without secrets: e.g. <c>HTTP 404</c>, <c>timeout</c>, <c>connection failed</c>.</summary>
    public required string Reason { get; init; }
    /// <summary>Tries so far, redeliveries included.</summary>
    public int Attempts { get; init; }
    public DateTimeOffset FirstFailedAt { get; init; }
    public DateTimeOffset FailedAt { get; init; }
}
