using System.ComponentModel.DataAnnotations;
using Crawler.Resilience;

namespace Crawler.Alerts;

/// <summary>
/// Alert delivery (section <c>Alerts</c>): the sinks and how often and how hard to deliver. The retry settings are
/// <see cref="RetryOptions"/>: <c>MaxRetries</c> (retries of one message after 5xx, 408, 429, timeouts, connection
/// failures; default 4), <c>BaseDelay</c> (default 1 s) and <c>MaxRetryAfter</c> (from a 429; default 1 min).
/// </summary>
public sealed class AlertOptions() : RetryOptions(baseDelay: TimeSpan.FromSeconds(1), maxRetryAfter: TimeSpan.FromMinutes(1))
{
    public const string SectionName = "Alerts";

    /// <summary>Deliver alerts from the <c>run</c> worker. Turn off on all but one worker sharing a database. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The sinks; each has its own filter and cursor. Default none (nothing is delivered).</summary>
    public List<AlertSinkOptions> Sinks { get; set; } = [];

    /// <summary>How often the <c>run</c> worker delivers pending events. Default 5 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan DeliveryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Events read per sink in one batch; a digest never spans batches. Default 1000.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 1000;

    /// <summary>How long one webhook request may take before it counts as a failed try. Default 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
