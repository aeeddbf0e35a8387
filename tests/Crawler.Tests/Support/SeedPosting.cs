using Crawler.Model;

namespace Crawler.Tests.Support;

/// <summary>A posting to seed with one event of <see cref="Kind"/>; <see cref="EventCount"/> makes the event id unique per change.</summary>
public sealed record SeedPosting(string PortalId, string Title, string[] Cities)
{
    public ChangeKind Kind { get; init; } = ChangeKind.Appeared;
    public RecruitTrack Track { get; init; } = RecruitTrack.Experienced;
    public string[] AreaTags { get; init; } = [];
    public string? Description { get; init; }
    public int EventCount { get; init; } = 1;
}
