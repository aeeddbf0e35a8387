namespace Crawler.Model;

/// <summary>
/// The portal answered in a way that cannot be trusted (blocked, wrong business code, malformed payload).
/// Never to be read as "zero postings".
/// </summary>
public sealed class PortalException : Exception
{
    public PortalException(string message) : base(message) { }
    public PortalException(string message, Exception inner) : base(message, inner) { }
    public PortalException() { }

    /// <summary>HTTP status when the failure was an HTTP answer.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Seconds the portal asked us to wait (Retry-After), when it said.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
