
namespace Crawler.Model;

/// <summary>
/// A posting as the store keeps it: the latest observed fields, its lifecycle and its snapshot.
/// Key = <c>{sourceId}:{portalId}</c>.
/// </summary>
public sealed record StoredPosting
{
    public required string Key { get; init; }
    public required string SourceId { get; init; }
    public required string Company { get; init; }
    public required ObservedPosting Posting { get; init; }
    public PostingStatus Status { get; init; }
    public DateTimeOffset FirstSeen { get; init; }
    public DateTimeOffset LastSeen { get; init; }
    /// <summary>Consecutive complete runs that did not list it.</summary>
    public int MissCount { get; init; }
    /// <summary>Hash of the normalised business fields; a change of it is a "changed" event.</summary>
    public required string ContentHash { get; init; }
    /// <summary>Hash of the raw payload; a change re-renders the snapshot even when business fields are equal.</summary>
    public required string PayloadHash { get; init; }
    /// <summary>Id (content hash) of the latest rendered snapshot, if any.</summary>
    public string? SnapshotId { get; init; }
    public DateTimeOffset? SnapshotAt { get; init; }
    /// <summary>Detail renders that failed since its last stored snapshot; bounds how often it is tried again.</summary>
    public int DetailFailures { get; init; }
    /// <summary>When its detail last failed; null when the last render succeeded.</summary>
    public DateTimeOffset? DetailFailedAt { get; init; }
    /// <summary>Why its snapshot is missing or stale: the last detail failure, or why it was not tried; null once stored.</summary>
    public string? DetailError { get; init; }
    /// <summary>How many events this posting has had; part of each event's deterministic id.</summary>
    public int EventCount { get; init; }
    /// <summary>Number of the current version of the business fields (1 on appearance); 0 when stored before history was kept.</summary>
    public int Version { get; init; }
    /// <summary>When the current version began (the run that saw it first).</summary>
    public DateTimeOffset? VersionFrom { get; init; }
    /// <summary>Fields derived for analysts (experience, campus, cities, tags); null until computed.</summary>
    public DerivedFields? Derived { get; init; }
}
