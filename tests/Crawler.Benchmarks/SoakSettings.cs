namespace Crawler.Benchmarks;

/// <summary>How long and how hard the soak runs, and where its CSV goes.</summary>
public sealed record SoakSettings(int Cycles, int SiteSize, string CsvPath);
