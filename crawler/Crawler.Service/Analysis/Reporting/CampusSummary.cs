namespace Crawler.Analysis.Reporting;

/// <summary>Campus (new-graduate and intern) share, overall and among engineering roles.</summary>
/// <remarks>Engineering roles are defined by <see cref="EngineeringRoles"/>.</remarks>
public sealed record CampusSummary(
    int Postings,
    int Campus,
    double? Share,
    int EngineeringPostings,
    int EngineeringCampus,
    double? EngineeringShare);
