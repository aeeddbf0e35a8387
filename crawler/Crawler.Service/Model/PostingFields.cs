
namespace Crawler.Model;

/// <summary>
/// A posting's business fields as one version of it holds them: what a person reads, without the raw
/// payload (kept once, on the current posting) and without volatile fields.
/// </summary>
public sealed record PostingFields
{
    public required string Title { get; init; }
    public string? Description { get; init; }
    public string? Requirement { get; init; }
    public IReadOnlyList<string> Cities { get; init; } = [];
    public string? Category { get; init; }
    public RecruitTrack Track { get; init; }
    public string? RecruitType { get; init; }
    public string? Url { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public string? PortalStatus { get; init; }

    public static PostingFields From(ObservedPosting posting) => new()
    {
        Title = posting.Title,
        Description = posting.Description,
        Requirement = posting.Requirement,
        Cities = posting.Cities,
        Category = posting.Category,
        Track = posting.Track,
        RecruitType = posting.RecruitType,
        Url = posting.Url,
        PublishedAt = posting.PublishedAt,
        PortalStatus = posting.PortalStatus,
    };
}
