using Crawler.Alerts;

namespace Crawler.Tests.Support;

/// <summary>A sink with a bug: throws something that is not a delivery failure.</summary>
public sealed class ThrowingAlertSink(string name) : IAlertSink
{
    public string Name { get; } = name;

    public string Target => "nowhere";

    public Task SendAsync(AlertMessage message, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("sink bug");
}
