using Crawler.Lab.Generation;

namespace Crawler.Lab.Atsx;

/// <summary>
/// A generated posting with everything the ATSX JSON needs beyond the ground truth. Once removed it is gone
/// from search, and the detail says <c>channel_online_status:0</c>.
/// </summary>
internal sealed record AtsxPost : LabPost
{
    public required AtsxRecruitType RecruitType { get; init; }
    public AtsxSubject? Subject { get; init; }
    public required AtsxDepartment Department { get; init; }
    public int HotFlag { get; init; }

    /// <summary>False when <c>city_info</c> is null, as on some real postings.</summary>
    public bool HasCityInfo { get; init; } = true;
}
