
namespace Crawler.Model;

/// <summary>
/// One version of a posting's business fields (collection/table <c>postingVersions</c>). Version 1 is the
/// posting as it first appeared; each change of its business fields starts the next version and closes the
/// one before (<see cref="ValidTo"/> = the next one's <see cref="ValidFrom"/>). The current version is open
/// (<see cref="ValidTo"/> null), also while the posting is gone: being gone is the posting's status, not an edit.
/// </summary>
public sealed record PostingVersion
{
    public required string PostingKey { get; init; }
    public required string SourceId { get; init; }
    public required int Version { get; init; }
    public DateTimeOffset ValidFrom { get; init; }
    public DateTimeOffset? ValidTo { get; init; }
    /// <summary>The latest snapshot rendered while this version was current; null when none was.</summary>
    public string? SnapshotId { get; init; }
    public required PostingFields Fields { get; init; }

    /// <summary>
    /// The current version of a stored posting as a commit writes it, or null for a posting stored before
    /// history was kept (<see cref="StoredPosting.Version"/> 0). A snapshot taken before this version began shows
    /// the previous fields, so it is not this version's; a version begins when its run commits, after that run
    /// rendered its snapshots, so for the version of this run the run's start is the bound.
    /// </summary>
    /// <param name="posting">The posting as the commit writes it.</param>
    /// <param name="runStartedAt">When the committing run started.</param>
    public static PostingVersion? CurrentOf(StoredPosting posting, DateTimeOffset runStartedAt) =>
        posting.Version <= 0 || posting.VersionFrom is not { } from
            ? null
            : new PostingVersion
            {
                PostingKey = posting.Key,
                SourceId = posting.SourceId,
                Version = posting.Version,
                ValidFrom = from,
                SnapshotId = posting.SnapshotAt is { } at && at >= (from < runStartedAt ? from : runStartedAt) ? posting.SnapshotId : null,
                Fields = PostingFields.From(posting.Posting),
            };
}
