namespace Crawler.Model;

/// <summary>
/// A posting as one crawl saw it, normalised by the adapter from the portal's own JSON.
/// <see cref="RawJson"/> keeps the payload verbatim for analysts.
/// </summary>
public sealed record ObservedPosting
{
    /// <summary>The portal's own id (ATSX snowflake, Moka UUID, Alibaba number) as a string.</summary>
    public required string PortalId { get; init; }
    public required string Title { get; init; }
    /// <summary>Plain text. Never HTML-decoded when the portal sends plain text (literal <c>&amp;amp;</c> occurs).</summary>
    public string? Description { get; init; }
    public string? Requirement { get; init; }
    /// <summary>City names as the portal gives them (authoritative list, not the display string).</summary>
    public IReadOnlyList<string> Cities { get; init; } = [];
    /// <summary>Category path, root first, joined with " / ".</summary>
    public string? Category { get; init; }
    public RecruitTrack Track { get; init; }
    /// <summary>The portal's own name of the recruit type (e.g. 实习, 正式, 全职).</summary>
    public string? RecruitType { get; init; }
    /// <summary>The posting's page for a person.</summary>
    public string? Url { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    /// <summary>The portal's status word when it has one (Moka open/pause).</summary>
    public string? PortalStatus { get; init; }
    /// <summary>
    /// When the fields read from the posting's detail answer (<c>detail.api.field.*</c>) were last read; null when
    /// the source reads none or they were never read. Not a business field: it orders the rolling revalidation.
    /// </summary>
    public DateTimeOffset? DetailReadAt { get; init; }
    /// <summary>The portal's payload for this posting, verbatim JSON (volatile fields included).</summary>
    public required string RawJson { get; init; }
}
