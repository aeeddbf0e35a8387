using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Crawler.Browsing;

/// <summary>
/// The browser, bound from the <c>browser</c> section of <c>playwright.config.json</c>.
/// </summary>
public sealed class BrowserOptions
{
    public const string SectionName = "browser";

    /// <summary>Explicit Chromium executable. Default: none, so the search order decides.</summary>
    public string? ExecutablePath { get; set; }

    /// <summary>
    /// Where to look for a browser, in order: <c>configured</c> (<see cref="ExecutablePath"/>), absolute paths,
    /// <c>headless-shell</c> (Debian's chromium-headless-shell, only when headless) and <c>playwright</c>
    /// (Playwright's own downloaded browser). Default: configured, headless-shell, /usr/bin/chromium,
    /// /usr/bin/chromium-browser, playwright.
    /// </summary>
    public List<string> ExecutableSearchOrder { get; set; } = [];

    /// <summary>Run without a window. Default true.</summary>
    public bool Headless { get; set; } = true;

    /// <summary>Chromium command-line switches. Default: the sandbox-free, quiet set in playwright.config.json.</summary>
    public List<string> Args { get; set; } = [];

    /// <summary>Page viewport. Default 1280×900.</summary>
    [ValidateObjectMembers]
    public ViewportOptions Viewport { get; set; } = new();

    /// <summary>Timeout for navigations and awaited responses. Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan NavigationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Deadline on each browser call that opens or closes a context or a page. Such a call has no timeout of its own
    /// and can wait for ever when Chromium dies at the wrong moment; past the deadline it fails (and a disconnect ends
    /// it at once). Default 30 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Playwright resource types never loaded (saves time and memory). Default: image, font, media.</summary>
    public List<string> BlockedResourceTypes { get; set; } = [];

    /// <summary>
    /// Most detail pages rendered at once within one crawl; the render stage grows to it from 1 while CPU and memory
    /// allow. Default 8: on 2 cores the 1,600-posting benchmark rendered 14.6 postings/s with 4, 23.1 with 8 and 23.5
    /// with 12 (CPU-bound), for 657, 744 and 819 MB peak tree PSS.
    /// </summary>
    [Range(1, 64)]
    public int DetailParallelism { get; set; } = 8;

    /// <summary>Browser contexts opened before the browser is relaunched to return its memory. Default 2000.</summary>
    [Range(1, int.MaxValue)]
    public int PagesBeforeRecycle { get; set; } = 2000;

    /// <summary>
    /// Memory (MB, proportional set size) of the browser's whole process tree above which it is relaunched as soon as no
    /// context is open. 0 turns it off. Default 1536.
    /// </summary>
    [Range(0, 1_048_576)]
    public long RecycleAboveMemoryMb { get; set; } = 1536;

    internal static readonly string[] DefaultSearchOrder = ["configured", BrowserExecutableResolver.HeadlessShellEntry, "/usr/bin/chromium", "/usr/bin/chromium-browser", "playwright"];

    internal static readonly string[] DefaultArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
    ];
}
