using Crawler.Lab.Generation;

namespace Crawler.Lab.Moka;

/// <summary>
/// A generated Moka job with everything its JSON needs beyond the ground truth. Once removed it is gone from
/// the list; the detail call still answers, with status <c>closed</c>.
/// </summary>
internal sealed record MokaPost : LabPost
{
    public required int ZhinengId { get; init; }

    /// <summary><c>jobDescription</c> as sent: HTML, <c>&lt;p&gt;&lt;br&gt;&lt;/p&gt;</c> or null (missing).</summary>
    public string? DescriptionHtml { get; init; }

    public required IReadOnlyList<MokaLocation> Locations { get; init; }
    public required MokaDepartment Department { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>True for the few jobs shown first (<c>prior</c>).</summary>
    public bool Prior { get; init; }

    /// <summary><c>open</c> or <c>pause</c> while listed.</summary>
    public string Status => Online ? Posting.PortalStatus ?? "open" : "closed";
}
