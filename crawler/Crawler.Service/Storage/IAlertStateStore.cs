namespace Crawler.Storage;

/// <summary>
/// Where alert delivery keeps its state: a cursor per sink and the dead letters. Separate from the crawl
/// store so each store (SQLite, MongoDB) adds its own implementation without touching the crawl contract.
/// </summary>
public interface IAlertStateStore
{
    /// <summary>Creates tables/collections and indexes; idempotent.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>The sink's cursor, or null before its first delivery.</summary>
    Task<AlertCursor?> GetCursorAsync(string sink, CancellationToken cancellationToken);

    /// <summary>Writes the cursor and, atomically with it, dead letters for events it moves past.</summary>
    Task SaveCursorAsync(AlertCursor cursor, IReadOnlyList<DeadLetter> deadLetters, CancellationToken cancellationToken);

    /// <summary>Dead letters in sequence order, optionally for one sink and/or one event id.</summary>
    Task<IReadOnlyList<DeadLetter>> ListDeadLettersAsync(string? sink, string? eventId, int limit, CancellationToken cancellationToken);

    /// <summary>Replaces a dead letter (after a failed redelivery: new reason, more attempts).</summary>
    Task SaveDeadLetterAsync(DeadLetter deadLetter, CancellationToken cancellationToken);

    /// <summary>Removes a dead letter once delivered; false when it was not there.</summary>
    Task<bool> DeleteDeadLetterAsync(string sink, string eventId, CancellationToken cancellationToken);
}
