namespace Crawler.Analysis.Reporting;

/// <summary>
/// One firm's go-to-market composition. <see cref="SalesShare"/> is b2b-sales / (b2b-sales + marketing),
/// the study's "B2B sales vs marketing" comparison; null when the firm has neither.
/// </summary>
public sealed record GoToMarketRow(string Firm, int B2BSales, int Marketing, int OtherGtm, int None, double? SalesShare);
