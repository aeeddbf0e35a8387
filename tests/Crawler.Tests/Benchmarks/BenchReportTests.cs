using Crawler.Benchmarks.Crawl;

namespace Crawler.Tests.Benchmarks;

/// <summary>The benchmark's verdicts: a crawl that failed is not judged against the targets (it is fast and small).</summary>
public sealed class BenchReportTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "bench-report-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Write_FirstCrawlFailed_JudgesNoTarget()
    {
        var failed = Row("crawler", "first", "failed", rendered: 0, wall: 4.3, cpu: 1);

        var markdown = BenchReport.Write(_directory, "machine", [failed]);

        Assert.Contains("not judged: the crawler's first crawl is failed (0 of 5,000 rendered)", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("| met |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_CompleteCrawls_JudgesEachTarget()
    {
        var first = Row("crawler", "first", "complete", rendered: 5_000, wall: 250, cpu: 300);
        var again = Row("crawler", "recrawl", "complete", rendered: 50, wall: 20, cpu: 10);

        var markdown = BenchReport.Write(_directory, "machine", [first, again]);

        Assert.Contains("| ≤ 15 CPU-ms per posting (first crawl) | 60.0 ms | missed, over by 300% |", markdown, StringComparison.Ordinal);
        Assert.Contains("| re-crawl at 1% churn ≤ 10% of the first crawl's time | 8.0% | met |", markdown, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    private static BenchRow Row(string tool, string phase, string status, int rendered, double wall, double cpu) =>
        new(tool, "declarative", "nimbus-board", phase, status, 5_000, rendered, wall, cpu, 700, 12, 100, 1, null);
}
