using Crawler.Diagnostics;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace Crawler.Hosting;

/// <summary>Text log lines written through <see cref="TerminalStatus"/>, so they never collide with the progress line.</summary>
public sealed class TerminalLogSink(ITextFormatter formatter, TerminalStatus terminal) : ILogEventSink
{
    public void Emit(LogEvent logEvent)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        formatter.Format(logEvent, text);
        terminal.WriteLine(text.ToString());
    }
}
