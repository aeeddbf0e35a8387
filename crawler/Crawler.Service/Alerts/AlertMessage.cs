namespace Crawler.Alerts;

/// <summary>What a sink delivers: one event, a digest of many, or a test.</summary>
public sealed record AlertMessage
{
    /// <summary>Idempotency key: the event id, or a deterministic digest id.</summary>
    public required string Id { get; init; }
    public required string Sink { get; init; }
    public AlertMessageKind Kind { get; init; }
    /// <summary>Every event the message covers (a digest lists only the first <see cref="MaxListed"/>).</summary>
    public IReadOnlyList<AlertItem> Items { get; init; } = [];
    public int MaxListed { get; init; } = int.MaxValue;
    /// <summary>Sources whose first crawl is in this message (a digest says so).</summary>
    public IReadOnlyList<string> FirstCrawlSources { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; }

    public IEnumerable<AlertItem> Listed => Items.Take(MaxListed);

    /// <summary>Events covered but not listed ("showing N of T (M more not listed)").</summary>
    public int More => Math.Max(0, Items.Count - MaxListed);
}
