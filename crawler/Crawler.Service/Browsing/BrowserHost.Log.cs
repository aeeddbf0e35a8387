using Microsoft.Extensions.Logging;

namespace Crawler.Browsing;

/// <summary>Log messages of <see cref="BrowserHost"/> (event ids 1001-1005).</summary>
public sealed partial class BrowserHost
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Launching browser {Executable} (headless {Headless})")]
    private partial void LogLaunching(string executable, bool headless);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Browser disconnected; the next job launches a new one")]
    private partial void LogDisconnected();

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Closing browser: {Reason}")]
    private partial void LogClosing(string reason);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Killed {Count} Chromium process(es) that outlived their browser")]
    private partial void LogReaped(int count);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Browser launch failed through Playwright's driver ({Reason}); starting a new driver")]
    private partial void LogDriverRestarted(string reason);
}
