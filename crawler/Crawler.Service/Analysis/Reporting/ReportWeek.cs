namespace Crawler.Analysis.Reporting;

/// <summary>
/// One week (Monday 00:00 UTC to the next Monday) of the report over time: postings that appeared (first seen
/// that week, outside their source's first crawl), disappeared (gone, last seen that week), and the postings
/// open at the week's end; per firm in <see cref="StudyReport.Firms"/> order, then the firms seen only earlier.
/// </summary>
public sealed record ReportWeek(DateOnly Start, IReadOnlyList<FirmWeek> Firms)
{
    public int Appeared => Firms.Sum(f => f.Appeared);
    public int Disappeared => Firms.Sum(f => f.Disappeared);
    public int FirstCrawl => Firms.Sum(f => f.FirstCrawl);
    public int Active => Firms.Sum(f => f.Active);
}
