using Crawler.Lab.Generation;

namespace Crawler.Lab.Atsx;

/// <summary>A generated posting with everything the ATSX JSON needs beyond the ground truth.</summary>
internal sealed record AtsxPost
{
    public required LabPosting Posting { get; init; }
    public required RoleTemplate Role { get; init; }
    public required TextLanguage Language { get; init; }
    public required AtsxRecruitType RecruitType { get; init; }
    public AtsxSubject? Subject { get; init; }
    public required AtsxDepartment Department { get; init; }
    public int HotFlag { get; init; }

    /// <summary>False when <c>city_info</c> is null, as on some real postings.</summary>
    public bool HasCityInfo { get; init; } = true;

    /// <summary>False once removed: gone from search, detail says <c>channel_online_status:0</c>.</summary>
    public bool Online { get; init; } = true;

    public string Id => Posting.Id;
}
