using System.ComponentModel.DataAnnotations;

namespace Crawler.Resilience;

/// <summary>
/// How one request is retried, the same three settings with the same limits wherever the crawler retries: portal
/// pages (<see cref="ResilienceOptions"/>) and alert deliveries (<c>AlertOptions</c>). Each area binds them in its
/// own section and gives its own defaults; <see cref="JitteredRetry"/> builds the strategy from them.
/// </summary>
public abstract class RetryOptions
{
    /// <param name="baseDelay">The area's default <see cref="BaseDelay"/>.</param>
    /// <param name="maxRetryAfter">The area's default <see cref="MaxRetryAfter"/>.</param>
    protected RetryOptions(TimeSpan baseDelay, TimeSpan maxRetryAfter)
    {
        BaseDelay = baseDelay;
        MaxRetryAfter = maxRetryAfter;
    }

    /// <summary>Retries of one request after the first try (0 to 20). Default 4.</summary>
    [Range(0, 20)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>First backoff delay (up to 10 min); doubles with jitter. The area's default.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan BaseDelay { get; set; }

    /// <summary>
    /// Longest Retry-After (up to 1 h) the crawler honours by waiting; a longer one is not waited for and counts as
    /// a failed try. The area's default.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxRetryAfter { get; set; }

    /// <summary>Whether a failure asking for <paramref name="retryAfter"/> (none: back off) may be retried by waiting.</summary>
    public bool Honours(TimeSpan? retryAfter) => retryAfter is null || retryAfter <= MaxRetryAfter;
}
