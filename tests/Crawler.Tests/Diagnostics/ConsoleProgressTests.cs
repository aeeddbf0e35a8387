using Crawler.Diagnostics;
using Crawler.Model;
using Crawler.Portals;
using Crawler.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Crawler.Tests.Diagnostics;

/// <summary>The progress line and log lines on one terminal: each log line whole, the progress line below them, with rate and ETA.</summary>
public sealed class ConsoleProgressTests
{
    private const int Width = 80;

    [Fact]
    public void LogLinesWhileProgressShows_EachLogLineWholeAndProgressLastWithRateAndEta()
    {
        var written = new StringWriter();
        var terminal = new TerminalStatus(written);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        using var progress = new ConsoleProgress(terminal, time, enabled: true, Width);

        progress.Report(("minimax-social", new CrawlProgress("details", 0, 200)));
        time.Advance(TimeSpan.FromMilliseconds(200));
        terminal.WriteLine("[09:00:00 INF] minimax-social: listing done, 200 postings");
        progress.Report(("minimax-social", new CrawlProgress("details", 50, 200)));
        time.Advance(TimeSpan.FromSeconds(9.8));
        terminal.WriteLine("[09:00:10 WRN] minimax-social: detail 51 took 4 s, retrying once with a longer wait for the page");

        var screen = TerminalScreen.Render(written.ToString(), Width);

        Assert.Equal("[09:00:00 INF] minimax-social: listing done, 200 postings", screen[0]);
        Assert.Equal("[09:00:10 WRN] minimax-social: detail 51 took 4 s, retrying once with a longer w", screen[1]);
        Assert.Equal("ait for the page", screen[2]);
        Assert.Equal("minimax-social details 50/200 5.0/s ETA 0:30", screen[3]);
        Assert.Equal(4, screen.Count);
    }

    [Fact]
    public void Dispose_AfterProgress_LeavesOnlyTheLogLines()
    {
        var written = new StringWriter();
        var terminal = new TerminalStatus(written);
        var time = new FakeTimeProvider();
        var progress = new ConsoleProgress(terminal, time, enabled: true, Width);
        progress.Report(("deepseek", new CrawlProgress("listing", 3, null)));
        time.Advance(TimeSpan.FromMilliseconds(200));
        terminal.WriteLine("[09:00:00 INF] deepseek: appeared 3");

        progress.Dispose();
        terminal.WriteLine("source status");

        Assert.Equal(["[09:00:00 INF] deepseek: appeared 3", "source status", ""], TerminalScreen.Render(written.ToString(), Width));
    }

    [Fact]
    public void Line_ManySources_CutToTheTerminalWidthSoItNeverWraps()
    {
        var time = new FakeTimeProvider();
        using var progress = new ConsoleProgress(new TerminalStatus(new StringWriter()), time, enabled: false, Width);
        foreach (var id in new[] { "bytedance-campus", "bytedance-experienced", "alibaba-aliyun", "moonshot-social" })
        {
            progress.Report((id, new CrawlProgress("details", 10, 500)));
        }

        var line = progress.Line();

        Assert.True(line.Length <= Width - 1, line);
        Assert.EndsWith("…", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_TwoPhasesOfOneSourceInterleave_EachKeepsItsCountRateAndEta()
    {
        var time = new FakeTimeProvider();
        using var progress = new ConsoleProgress(new TerminalStatus(new StringWriter()), time, enabled: false, 120);
        progress.Report(("deepseek", new CrawlProgress("listing", 46, 46)));
        progress.Report(("deepseek", new CrawlProgress("job details", 0, 46)));
        time.Advance(TimeSpan.FromSeconds(1));
        progress.Report(("deepseek", new CrawlProgress("details", 0, null)));
        for (var second = 1; second <= 4; second++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            progress.Report(("deepseek", new CrawlProgress("job details", 5 * second, 46)));
            progress.Report(("deepseek", new CrawlProgress("details", 3 * second, null)));
        }

        Assert.Equal("deepseek job details 20/46 4.0/s ETA 0:06, details 12 3.0/s", progress.Line());
    }

    [Theory]
    [InlineData(0, 120)]
    [InlineData(-1, 120)]
    [InlineData(100, 100)]
    public void UsableWidth_TerminalReportsNoWidth_LineGets120ColumnsNotTwenty(int reported, int expected)
    {
        Assert.Equal(expected, ConsoleProgress.UsableWidth(reported));
    }
}
