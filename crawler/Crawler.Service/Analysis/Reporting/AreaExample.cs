namespace Crawler.Analysis.Reporting;

/// <summary>A posting that earns a firm its ✓ in an area (the study's appendix cites "Website 1, Website 2" per cell).</summary>
public sealed record AreaExample(string Key, string Title, string? Url);
