using System.Reflection;
using Crawler.Crawling;
using Microsoft.Extensions.Logging;

namespace Crawler.Tests.Diagnostics;

/// <summary>An operator filters logs by event id: each id must stand for exactly one message across the product.</summary>
public sealed class LogEventIdTests
{
    [Fact]
    public void LoggerMessages_AcrossTheProduct_EachEventIdNamesOneMessage()
    {
        var messages = typeof(CrawlRunner).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(m => (Method: $"{m.DeclaringType!.Name}.{m.Name}", Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(m => m.Attribute is not null)
            .ToList();

        var reused = messages.GroupBy(m => m.Attribute!.EventId).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(m => m.Method))}").ToList();

        Assert.True(messages.Count > 40, $"only {messages.Count} [LoggerMessage] methods found: the scan is not looking at the product");
        Assert.Empty(reused);
    }
}
