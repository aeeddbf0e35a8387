using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Events;
using Crawler.Diagnostics;
using Serilog.Formatting;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;

namespace Crawler.Hosting;

/// <summary>
/// Serilog: human-readable on a terminal, compact JSON when <c>Logging:Format</c> is <c>json</c> (or output is
/// redirected and no format was chosen); further sinks (rolling file) from the <c>Serilog</c> section.
/// </summary>
public static class LoggingSetup
{
    // :l writes strings and enums as they are ("complete; seen 45"), not as JSON ("\"Complete\"; seen 45").
    private const string TextTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:l}{NewLine}{Exception}";

    /// <summary>How a text log line is written on a terminal.</summary>
    internal static ITextFormatter TextFormatter() => new MessageTemplateTextFormatter(TextTemplate, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The first-stage logger, used until configuration is read.</summary>
    public static Serilog.ILogger Bootstrap() =>
        new LoggerConfiguration().MinimumLevel.Information().WriteTo.Console(outputTemplate: TextTemplate, standardErrorFromLevel: LogEventLevel.Verbose).CreateBootstrapLogger();

    private static bool IsAlertPipelineTelemetry(LogEvent e) =>
        e.Properties.TryGetValue("PipelineName", out var pipeline) && pipeline is ScalarValue { Value: string name }
        && name == Alerts.AlertPipelines.Delivery
        && e.Properties.TryGetValue("SourceContext", out var source) && source is ScalarValue { Value: string context }
        && context.StartsWith("Polly", StringComparison.Ordinal);

    public static LoggerConfiguration Configure(LoggerConfiguration logger, IConfiguration configuration)
    {
        var format = configuration["Logging:Format"];
        var json = format is not null ? format.Equals("json", StringComparison.OrdinalIgnoreCase) : Console.IsErrorRedirected;
        var level = Enum.TryParse<LogEventLevel>(configuration["Logging:Level"], ignoreCase: true, out var parsed) ? parsed : LogEventLevel.Information;
        logger.MinimumLevel.Is(level)
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Polly", LogEventLevel.Warning)
            // The host logs a start-up failure before rethrowing it; the entry prints it once, as one sentence.
            .Filter.ByExcluding(e => e.MessageTemplate.Text == "Hosting failed to start")
            // AlertSender logs one line per failed try itself; Polly's own lines for that pipeline (with exceptions) only repeat it.
            .Filter.ByExcluding(IsAlertPipelineTelemetry)
            .Enrich.FromLogContext()
            .ReadFrom.Configuration(configuration);
        // Logs go to standard error so that standard output carries only data (event JSON lines, reports).
        return json
            ? logger.WriteTo.Console(new CompactJsonFormatter(), standardErrorFromLevel: LogEventLevel.Verbose)
            : logger.WriteTo.Sink(new TerminalLogSink(TextFormatter(), TerminalStatus.Shared));
    }
}
