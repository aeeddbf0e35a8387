using System.ComponentModel.DataAnnotations;

namespace Crawler.Crawling;

/// <summary>Retry and timeout policy for portal requests (section <c>Crawler:Resilience</c>).</summary>
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

    /// <summary>How long to wait for one portal answer. Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
