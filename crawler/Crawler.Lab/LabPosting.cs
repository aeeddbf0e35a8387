namespace Crawler.Lab;

/// <summary>A posting as it is currently listed: what a correct crawler must end up with.</summary>
public sealed record LabPosting
{
    /// <summary>Portal id (19-digit string).</summary>
    public required string Id { get; init; }

    /// <summary>Display code, e.g. <c>A228848</c>.</summary>
    public required string Code { get; init; }

    public required string Title { get; init; }

    /// <summary>Plain text with <c>\n</c>; may be null as on the real portals.</summary>
    public string? Description { get; init; }

    /// <summary>Plain text with <c>\n</c>; may be null as on the real portals.</summary>
    public string? Requirement { get; init; }

    /// <summary>Chinese city names, as in <c>city_list[].name</c>.</summary>
    public required IReadOnlyList<string> Cities { get; init; }

    /// <summary>City codes, as in <c>city_list[].code</c> (e.g. <c>CT_11</c>).</summary>
    public required IReadOnlyList<string> CityCodes { get; init; }

    /// <summary>Leaf category id from the real ByteDance tree.</summary>
    public required string CategoryId { get; init; }

    /// <summary>Root name + " / " + leaf name, Chinese.</summary>
    public required string CategoryPath { get; init; }

    /// <summary><c>campus</c>, <c>intern</c> or <c>experienced</c>.</summary>
    public required string Track { get; init; }

    /// <summary>Chinese recruit type name (<c>recruit_type.name</c>).</summary>
    public required string RecruitTypeName { get; init; }

    /// <summary>Portal <c>publish_time</c>.</summary>
    public required DateTimeOffset PublishedAt { get; init; }

    /// <summary>The portal's status word where it has one (Moka <c>open</c>/<c>pause</c>); null elsewhere.</summary>
    public string? PortalStatus { get; init; }

    public required LabTruth Truth { get; init; }
}
