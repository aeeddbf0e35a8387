namespace Crawler.Analysis.Reporting;

/// <summary>One week of a <see cref="TimelineTable"/>: its label, a cell per firm, the total, and what the sources' first crawls found.</summary>
internal sealed record TimelineRow(string Week, IReadOnlyList<TimelineCell> Firms, TimelineCell Total, int FirstCrawl)
{
    public static TimelineRow Of(ReportWeek week) => new(
        ReportFormat.Week(week.Start),
        [.. week.Firms.Select(f => TimelineCell.Of(f.Appeared, f.Disappeared, f.Active))],
        TimelineCell.Of(week.Appeared, week.Disappeared, week.Active),
        week.FirstCrawl);
}
