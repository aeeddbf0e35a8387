using Crawler.Model;

namespace Crawler.Storage;

/// <summary>Filter for reading the event log, oldest first unless <see cref="NewestFirst"/>.</summary>
public sealed record EventQuery
{
    public IReadOnlyCollection<ChangeKind>? Kinds { get; init; }
    public string? SourceId { get; init; }
    public string? RunId { get; init; }
    /// <summary>Only events with a sequence greater than this (resumable position).</summary>
    public long AfterSequence { get; init; }
    /// <summary>Only events with a sequence lower than this (paging backwards from the newest); null for no bound.</summary>
    public long? BeforeSequence { get; init; }
    /// <summary>Highest sequence first, e.g. the latest events for a feed.</summary>
    public bool NewestFirst { get; init; }
    public int Limit { get; init; } = 1000;
}
