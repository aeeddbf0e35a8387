using Crawler.Diagnostics;
using Crawler.Hosting;
using Crawler.Model;
using Serilog;

namespace Crawler.Tests.Hosting;

/// <summary>A text log line as a person reads it on a terminal: figures in place, values without JSON quotes.</summary>
public sealed class TerminalLogLineTests
{
    [Fact]
    public void TextLine_RunSummary_StatusAndFiguresWrittenPlain()
    {
        var written = new StringWriter();
        using (var logger = new LoggerConfiguration().WriteTo.Sink(new TerminalLogSink(LoggingSetup.TextFormatter(), new TerminalStatus(written))).CreateLogger())
        {
            logger.Information("{SourceId}: {Status}; seen {Seen}, new {Appeared}", "minimax-campus", RunStatus.Complete, 45, 45);
        }

        Assert.EndsWith(" INF] minimax-campus: Complete; seen 45, new 45", written.ToString().TrimEnd());
    }
}
