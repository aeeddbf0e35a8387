namespace Crawler.Benchmarks.Crawl;

/// <summary>
/// One measured crawl: which tool, which phase (<c>first</c> or <c>recrawl</c>), how many postings the site listed,
/// how many details were rendered and stored, and the figures, with the machine's 1-minute load average when it ended (on a shared machine, how far to trust them). <see cref="StoreWriteSeconds"/> is what the
/// crawler's own log says it spent in the store (snapshot writes summed over the renderers, plus the run's commit); null for Crawlee.
/// </summary>
internal sealed record BenchRow(
    string Tool, string Family, string Site, string Phase, string Status, int Postings, int Rendered,
    double WallSeconds, double CpuSeconds, double PeakPssMb, int PeakProcesses, int Samples, double LoadAtEnd, double? StoreWriteSeconds)
{
    public double PostingsPerSecond => WallSeconds > 0 ? Postings / WallSeconds : 0;

    public double CpuMsPerPosting => Postings > 0 ? CpuSeconds * 1000 / Postings : 0;
}
