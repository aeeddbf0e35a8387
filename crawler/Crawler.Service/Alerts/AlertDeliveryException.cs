namespace Crawler.Alerts;

/// <summary>
/// A sink could not deliver. <see cref="Exception.Message"/> is the reason and never holds a secret (no URL
/// path, query or header value). Transient failures are retried; permanent ones go to dead letters at once.
/// </summary>
public sealed class AlertDeliveryException : Exception
{
    public AlertDeliveryException(string reason, bool transient, TimeSpan? retryAfter = null)
        : base(reason)
    {
        Transient = transient;
        RetryAfter = retryAfter;
    }

    public AlertDeliveryException()
    {
    }

    public AlertDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>5xx, 408, 429, timeouts, connection failures: a later try may succeed.</summary>
    public bool Transient { get; }

    /// <summary>The receiver's Retry-After, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; }
}
