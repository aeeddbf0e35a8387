namespace Crawler.Alerts;

/// <summary>What one delivery pass did for one sink.</summary>
public sealed record AlertSinkReport
{
    public required string Sink { get; init; }
    public int Messages { get; init; }
    public int EventsDelivered { get; init; }
    public int EventsDeadLettered { get; init; }
    /// <summary>Events read that the filter rejected.</summary>
    public int Filtered { get; init; }
    /// <summary>Matching events of a first crawl, not sent because of <see cref="AlertSinkOptions.SilentFirstCrawl"/>.</summary>
    public int Silenced { get; init; }
    /// <summary>Tries beyond the first, over all messages.</summary>
    public int Retries { get; init; }
    /// <summary>The pass failed for this sink (logged as event 6009); it is tried again next time.</summary>
    public bool Failed { get; init; }
    /// <summary>The cursor after the pass.</summary>
    public long Position { get; init; }
}
