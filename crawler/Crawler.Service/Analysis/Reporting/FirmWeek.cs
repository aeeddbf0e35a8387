namespace Crawler.Analysis.Reporting;

/// <summary>One firm in one <see cref="ReportWeek"/>; <see cref="FirstCrawl"/> counts what a source's first crawl found (open before we watched).</summary>
public sealed record FirmWeek(string Firm, int Appeared, int Disappeared, int FirstCrawl, int Active);
