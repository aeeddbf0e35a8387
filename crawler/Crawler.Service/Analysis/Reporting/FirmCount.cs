namespace Crawler.Analysis.Reporting;

/// <summary>Postings of one firm in the report.</summary>
public sealed record FirmCount(string Firm, int Postings);
