using Crawler.Model;

namespace Crawler.Analysis.Reporting;

/// <summary>
/// The study, recomputed from stored postings: counts per firm, research areas, go-to-market roles,
/// cities (1/N rule), mean minimum years of experience and the campus share.
/// </summary>
public sealed record StudyReport
{
    /// <summary>The date the report describes, or null for "current state".</summary>
    public DateTimeOffset? AsOf { get; init; }
    public int RulesVersion { get; init; }
    public int AreaThreshold { get; init; }
    public int TotalPostings { get; init; }
    /// <summary>Firms (StoredPosting.Company), most postings first; every per-firm list follows this order.</summary>
    public IReadOnlyList<string> Firms { get; init; } = [];
    public IReadOnlyList<FirmCount> PostingsByFirm { get; init; } = [];
    public IReadOnlyList<AreaRow> Areas { get; init; } = [];
    public IReadOnlyList<GoToMarketRow> GoToMarket { get; init; } = [];
    public required CityDistribution Cities { get; init; }
    /// <summary>One row per firm, then the "All firms" row.</summary>
    public IReadOnlyList<ExperienceRow> Experience { get; init; } = [];
    public required CampusSummary Campus { get; init; }
    /// <summary>The report over time: the last <see cref="ReportOptions.Weeks"/> weeks up to the report's date, oldest first.</summary>
    public IReadOnlyList<ReportWeek> Weeks { get; init; } = [];
}
