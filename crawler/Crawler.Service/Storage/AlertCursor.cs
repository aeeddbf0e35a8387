namespace Crawler.Storage;

/// <summary>
/// How far a sink has got in the event log. Every event with a sequence up to <see cref="Position"/> was
/// delivered, filtered out or dead-lettered. <see cref="PendingThrough"/> is the last sequence of the batch in
/// flight, so a restarted dispatcher re-forms the same batch (and the same digest id).
/// </summary>
public sealed record AlertCursor
{
    public required string Sink { get; init; }
    public long Position { get; init; }
    public long? PendingThrough { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
