using System.ComponentModel.DataAnnotations;

namespace Crawler.Resilience;

/// <summary>Retry, circuit-breaker and timeout policy for portal requests (section <c>Crawler:Resilience</c>).</summary>
public sealed class ResilienceOptions
{
    public const string SectionName = "Crawler:Resilience";

    /// <summary>Retries of one page request after the first try. Default 4.</summary>
    [Range(0, 20)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>First backoff delay; doubles with jitter. Default 500 ms.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest Retry-After the crawler will honour by waiting; longer ones fail the page. Default 5 min.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(5);

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
