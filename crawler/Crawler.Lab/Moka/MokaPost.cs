using Crawler.Lab.Generation;

namespace Crawler.Lab.Moka;

/// <summary>A generated Moka job with everything its JSON needs beyond the ground truth.</summary>
internal sealed record MokaPost
{
    public required LabPosting Posting { get; init; }
    public required RoleTemplate Role { get; init; }
    public required TextLanguage Language { get; init; }
    public required int ZhinengId { get; init; }

    /// <summary><c>jobDescription</c> as sent: HTML, <c>&lt;p&gt;&lt;br&gt;&lt;/p&gt;</c> or null (missing).</summary>
    public string? DescriptionHtml { get; init; }

    public required IReadOnlyList<MokaLocation> Locations { get; init; }
    public required MokaDepartment Department { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>True for the few jobs shown first (<c>prior</c>).</summary>
    public bool Prior { get; init; }

    /// <summary>False once removed: gone from the list; the detail call still answers, with status <c>closed</c>.</summary>
    public bool Online { get; init; } = true;

    public string Id => Posting.Id;

    /// <summary><c>open</c> or <c>pause</c> while listed.</summary>
    public string Status => Online ? Posting.PortalStatus ?? "open" : "closed";
}
