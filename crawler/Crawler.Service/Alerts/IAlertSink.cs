namespace Crawler.Alerts;

/// <summary>
/// Where alert messages go (webhook, JSON-lines file, console). One try per call: the dispatcher retries.
/// A failure throws <see cref="AlertDeliveryException"/> saying whether a retry may help.
/// </summary>
public interface IAlertSink
{
    /// <summary>The configured sink name.</summary>
    string Name { get; }

    /// <summary>Where it delivers, safe to log (a webhook's host, never its path or query).</summary>
    string Target { get; }

    Task SendAsync(AlertMessage message, CancellationToken cancellationToken);
}
