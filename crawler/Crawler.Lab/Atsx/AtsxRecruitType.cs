namespace Crawler.Lab.Atsx;

/// <summary>A leaf of the recruit-type tree; the parent id (<c>"2"</c> campus, <c>"1"</c> experienced) gives the track.</summary>
internal sealed record AtsxRecruitType(string Id, string Name, string EnName, string ParentId, string ParentName, string ParentEnName)
{
    public static AtsxRecruitType Regular { get; } = new("201", "正式", "Regular", "2", "校招", "Campus");
    public static AtsxRecruitType Intern { get; } = new("202", "实习", "Intern", "2", "校招", "Campus");
    public static AtsxRecruitType FullTime { get; } = new("101", "正式", "Full-time", "1", "社招", "Experienced");

    public static AtsxRecruitType ForTrack(string track) => track switch
    {
        "campus" => Regular,
        "intern" => Intern,
        _ => FullTime,
    };
}
