using System.ComponentModel.DataAnnotations;

namespace Crawler.Snapshots;

/// <summary>
/// How detail pages are proven, when rendering gives up, and how the render stage of the pipeline scales and recycles
/// its pages (section <c>Crawler:Details</c>).
/// </summary>
public sealed class DetailOptions
{
    public const string SectionName = "Crawler:Details";

    /// <summary>The DOM must have been quiet this long before a detail counts as rendered. Default 200 ms.</summary>
    [Range(typeof(TimeSpan), "00:00:00.020", "00:00:05")]
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// The quiet moment that is enough once the page shows the posting's own text (a phrase of its listed
    /// description or of its detail answer, <see cref="DetailProof"/>) besides its title: the content is there, so only
    /// the app's last touches are waited for. Default 50 ms.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:05")]
    public TimeSpan ProvenSettleTime { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// How long a page that shows the title but not yet the posting's own text is given to show it (a description
    /// loaded after the title). A run whose pages mostly never show it stops waiting (<see cref="DetailProofLedger"/>).
    /// Default 1 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:30")]
    public TimeSpan ProofWait { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait for a quiet DOM (pages with tickers never are); then readiness is checked anyway. Default 2 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.020", "00:00:30")]
    public TimeSpan MaxSettle { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Once the detail's own answer arrived, how long the posting's title (or the configured ready selector) may
    /// take to appear before the detail fails: an app that shows its error view fails in seconds. Default 5 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan ReadyAfterAnswer { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long after the detail's answer failed (an HTTP error, a business error, a failed request) the page's own
    /// retry may still bring a good answer before the detail fails: portals refresh a CSRF token after a 405 and
    /// call again. Default 1.5 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ErrorAnswerGrace { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>Detail failures in a row after which a run stops rendering (postings are still committed). Default 5.</summary>
    [Range(1, 10_000)]
    public int MaxConsecutiveFailures { get; set; } = 5;

    /// <summary>Share of failed details (once <see cref="MinAttemptsForShare"/> were tried) above which a run stops rendering. Default 0.5.</summary>
    [Range(0.0, 1.0)]
    public double MaxFailureShare { get; set; } = 0.5;

    /// <summary>Details tried before <see cref="MaxFailureShare"/> applies. Default 20.</summary>
    [Range(1, 100_000)]
    public int MinAttemptsForShare { get; set; } = 20;

    /// <summary>
    /// How often a posting whose detail failed is tried again per day (not on every run): after a failure it waits
    /// one day divided by this. Default 2 (every 12 h).
    /// </summary>
    [Range(1, 1440)]
    public int RetriesPerDay { get; set; } = 2;

    /// <summary>
    /// Navigations after which a detail page is closed and a fresh one opened: a single-page app navigated in place
    /// keeps what every visited detail left behind (listeners, caches, detached DOM), so memory would grow with the
    /// work. A fresh page costs one full load of the app. Default 50.
    /// </summary>
    [Range(1, 100_000)]
    public int PageRecycleAfter { get; set; } = 50;

    /// <summary>
    /// Details waiting between the listing and the renderers (the bounded channel); past it the decision stage waits
    /// for a renderer. Default 64.
    /// </summary>
    [Range(1, 100_000)]
    public int QueueCapacity { get; set; } = 64;

    /// <summary>
    /// Share of the machine's CPU (every core; the worker and its Chromium processes together) above which the render
    /// stage stops growing and sheds a renderer. Default 0.9.
    /// </summary>
    [Range(0.05, 1.0)]
    public double MaxCpuShare { get; set; } = 0.9;

    /// <summary>
    /// Memory (MB, proportional set size of the worker's whole process tree) above which the render stage sheds a
    /// renderer. 0 means a quarter of the memory available to the process (a container limit counts), as Crawlee
    /// does. Default 0.
    /// </summary>
    [Range(0, 1_048_576)]
    public long MaxMemoryMb { get; set; }

    /// <summary>
    /// How often the render stage reconsiders its concurrency: one renderer more (from 1 up to
    /// <c>browser:DetailParallelism</c>) while CPU and memory are below their limits and details are waiting, one
    /// fewer while either is above. Default 1 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan ScaleInterval { get; set; } = TimeSpan.FromSeconds(1);
}
