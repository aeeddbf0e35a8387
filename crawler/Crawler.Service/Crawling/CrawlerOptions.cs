using System.ComponentModel.DataAnnotations;

namespace Crawler.Crawling;

/// <summary>How crawls run (section <c>Crawler</c>).</summary>
public sealed class CrawlerOptions
{
    public const string SectionName = "Crawler";

    /// <summary>This worker's name in leases and runs. Default: machine name and process id.</summary>
    public string WorkerId { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    /// <summary>How long a claim on a source lasts before another worker may take it over; renewed while crawling. Default 10 min.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// A run whose progress (pages listed, details rendered) has not moved for this long is abandoned by the
    /// watchdog: its lease released, the browser reset, the source backed off. Keep it above the longest wait a
    /// portal may impose (Retry-After, navigation timeout). Default 10 min.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan StallTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Render each new or changed posting's detail page and keep it as a snapshot. Default true.</summary>
    public bool Snapshots { get; set; } = true;

    /// <summary>Sources crawled at once by one worker. Default 2.</summary>
    [Range(1, 64)]
    public int MaxConcurrentSources { get; set; } = 2;

    /// <summary>Where screenshots and HTML of failed pages go. Default <c>data/errors</c>.</summary>
    public string ErrorSnapshotDirectory { get; set; } = Path.Combine("data", "errors");

    /// <summary>First delay before a failing source is tried again; doubles per failure. Default 5 min.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan FailureBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Longest delay between tries of a failing source. Default 1 day.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan MaxFailureBackoff { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Failed runs in a row after which a source is quarantined until released by ops. Default 10.</summary>
    [Range(1, 1000)]
    public int QuarantineAfterFailures { get; set; } = 10;

    /// <summary>How often the worker looks for due sources. Default 5 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Share of a source's period (its interval, or the gap between two cron occurrences) by which each due
    /// time is pushed back, so sources configured alike do not fire together. Deterministic per source and
    /// due time (a hash), never earlier than the schedule. 0 turns it off. Default 0.1.
    /// </summary>
    [Range(0.0, 1.0)]
    public double ScheduleJitter { get; set; } = 0.1;

    /// <summary>
    /// On shutdown, how long running crawls may go on to finish before they are cancelled (and their runs closed
    /// as abandoned). Keep it below the host's <c>Host:ShutdownTimeout</c>. Default 20 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
