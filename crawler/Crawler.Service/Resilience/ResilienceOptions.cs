using System.ComponentModel.DataAnnotations;

namespace Crawler.Resilience;

/// <summary>
/// Retry, circuit-breaker and timeout policy for portal requests (section <c>Crawler:Resilience</c>). The retry
/// settings are <see cref="RetryOptions"/>: <c>MaxRetries</c> (retries of one page request; default 4),
/// <c>BaseDelay</c> (default 500 ms) and <c>MaxRetryAfter</c> (longer ones fail the page; default 5 min).
/// </summary>
public sealed class ResilienceOptions() : RetryOptions(baseDelay: TimeSpan.FromMilliseconds(500), maxRetryAfter: TimeSpan.FromMinutes(5))
{
    public const string SectionName = "Crawler:Resilience";

    /// <summary>How long to wait for one portal answer (one attempt); a hanging answer is cut here. Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Share of failed attempts to one host, within <see cref="BreakerSamplingDuration"/>, that opens its circuit. Default 0.7.</summary>
    [Range(0.01, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.7;

    /// <summary>Attempts to one host within the sampling window before the breaker may open. Default 8.</summary>
    [Range(2, 10_000)]
    public int BreakerMinimumThroughput { get; set; } = 8;

    /// <summary>Window over which the breaker measures a host's failure ratio. Default 2 min.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long an open circuit fails a host's pages at once before one trial request. Default 2 min.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromMinutes(2);
}
