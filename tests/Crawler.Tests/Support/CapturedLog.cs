using Microsoft.Extensions.Logging;

namespace Crawler.Tests.Support;

/// <summary>One captured log entry.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, int EventId, string Message, string Values, string? Exception)
{
    public override string ToString() => $"{Level} {Category} [{EventId}] {Message} | {Values} | {Exception}";
}
