namespace Crawler.Model;

/// <summary>
/// A posting as one crawl saw it, normalised by the adapter from the portal's own JSON: its business fields
/// (<see cref="PostingFields"/>) with the portal's id, when its detail was read and the payload.
/// <see cref="RawJson"/> keeps the payload verbatim for analysts.
/// </summary>
public sealed record ObservedPosting : PostingFields
{
    /// <summary>The portal's own id (ATSX snowflake, Moka UUID, Alibaba number) as a string.</summary>
    public required string PortalId { get; init; }
    /// <summary>
    /// When the fields read from the posting's detail answer (<c>detail.api.field.*</c>) were last read; null when
    /// the source reads none or they were never read. Not a business field: it orders the rolling revalidation.
    /// </summary>
    public DateTimeOffset? DetailReadAt { get; init; }
    /// <summary>The portal's payload for this posting, verbatim JSON (volatile fields included).</summary>
    public required string RawJson { get; init; }
}
