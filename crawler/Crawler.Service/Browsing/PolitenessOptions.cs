using System.ComponentModel.DataAnnotations;

namespace Crawler.Browsing;

/// <summary>
/// How hard one worker may press on the portals (section <c>Crawler:Politeness</c>). Applied by
/// <see cref="HostGate"/> to every document and API request of every browser context, whichever adapter made it.
/// </summary>
public sealed class PolitenessOptions
{
    public const string SectionName = "Crawler:Politeness";

    /// <summary>
    /// False turns the gate off altogether: no request is held, counted, followed to its end or delayed (with the
    /// delay at 0 the gate still caps a host at <see cref="MaxConcurrentRequestsPerHost"/>). For a portal you run
    /// yourself and for benchmarks; default true.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests in flight at once across all hosts. Default 16.</summary>
    [Range(1, 1024)]
    public int MaxConcurrentRequests { get; set; } = 16;

    /// <summary>Requests in flight at once to one host. Default 4.</summary>
    [Range(1, 256)]
    public int MaxConcurrentRequestsPerHost { get; set; } = 4;

    /// <summary>Least time between the starts of two requests to one host. 0 turns it off. Default 250 ms.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan MinDelayPerHost { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Playwright resource types the gate applies to. Default: document, xhr, fetch (pages and API calls).</summary>
    public List<string> GatedResourceTypes { get; set; } = [];

    internal static readonly string[] DefaultGatedResourceTypes = ["document", "xhr", "fetch"];
}
