namespace Crawler.Model;

/// <summary>
/// A posting's business fields: what a person reads, as one version of it holds them, without the raw payload
/// (kept once, on the current posting) and without volatile fields. An <see cref="ObservedPosting"/> is these
/// fields as one crawl saw them, with the portal's id and payload.
/// </summary>
public record PostingFields
{
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

    /// <summary>Only the business fields of <paramref name="posting"/>, as a version stores and compares them.</summary>
    public static PostingFields From(ObservedPosting posting) => new(posting);
}
