namespace Crawler.Analysis.Reporting;

/// <summary>One firm's postings in one research area; <see cref="Present"/> is the study's ✓.</summary>
public sealed record AreaCell(string Firm, int Count, bool Present);
