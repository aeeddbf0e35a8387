using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Crawler.Tests.Support;

/// <summary>Keeps every log line (category, event id, message, exception text) so tests can inspect what ops would see.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    /// <summary>Everything written, as one text (messages, structured values and exceptions).</summary>
    public string AllText => string.Join("\n", _entries.Select(e => e.ToString()));

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<CapturedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join("; ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            entries.Enqueue(new CapturedLog(category, logLevel, eventId.Id, formatter(state, exception), values, exception?.ToString()));
        }
    }
}
