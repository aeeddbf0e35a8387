using Microsoft.Playwright;

namespace Crawler.Browsing;

/// <summary>What Playwright is told when it launches Chromium and opens a context, from <see cref="BrowserOptions"/>.</summary>
internal static class BrowserLaunchSettings
{
    private static readonly string[] DefaultBlocked = ["image", "font", "media"];

    /// <summary>
    /// Node's young generation for Playwright's driver: 2 MB semi-spaces instead of V8's 16 MB. The driver relays every
    /// page's protocol traffic (HTML, answers) as short-lived strings; with the default it held about 165 MB PSS in a
    /// 400-posting crawl, with this about 125 MB, with CPU within the runs' noise. An operator's own NODE_OPTIONS is left alone.
    /// </summary>
    internal const string DriverNodeOptions = "--max-semi-space-size=2";

    /// <summary>Starts Playwright's driver process, with <see cref="DriverNodeOptions"/> unless NODE_OPTIONS is set.</summary>
    public static Task<IPlaywright> StartDriverAsync()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NODE_OPTIONS"))) Environment.SetEnvironmentVariable("NODE_OPTIONS", DriverNodeOptions);
        return Playwright.CreateAsync();
    }

    /// <summary>Launch options; <paramref name="marker"/> tags the process tree so it can be found and reaped later.</summary>
    public static BrowserTypeLaunchOptions Launch(BrowserOptions options, string? executable, string marker) => new()
    {
        ExecutablePath = executable,
        Headless = options.Headless,
        Args = (options.Args.Count > 0 ? options.Args : [.. BrowserOptions.DefaultArgs]).Append(marker).ToList(),
        Timeout = (float)TimeSpan.FromSeconds(60).TotalMilliseconds,
    };

    /// <summary>A fresh context: the configured viewport, locale zh-CN, service workers blocked.</summary>
    public static BrowserNewContextOptions Context(BrowserOptions options) => new()
    {
        ViewportSize = new ViewportSize { Width = options.Viewport.Width, Height = options.Viewport.Height },
        Locale = "zh-CN",
        ServiceWorkers = ServiceWorkerPolicy.Block,
    };

    /// <summary>
    /// Makes a new context ready for a crawl: the navigation timeout as its default for every wait, blocked resource
    /// types (images, fonts and media unless configured) aborted and requests passed through the host gate. A context
    /// that cannot be prepared is closed before the failure is rethrown.
    /// </summary>
    public static async Task PrepareAsync(IBrowserContext context, BrowserGuard guard, BrowserOptions options, HostAllowList? allowedHosts, HostGate? gate)
    {
        try
        {
            context.SetDefaultTimeout((float)options.NavigationTimeout.TotalMilliseconds);
            context.SetDefaultNavigationTimeout((float)options.NavigationTimeout.TotalMilliseconds);
            var blocked = new HashSet<string>(options.BlockedResourceTypes.Count > 0 ? options.BlockedResourceTypes : DefaultBlocked, StringComparer.OrdinalIgnoreCase);
            await guard.RunAsync("route context", () => ContextRequestGate.AttachAsync(context, blocked, allowedHosts, gate)).ConfigureAwait(false);
        }
        catch
        {
            await context.CloseQuietlyAsync().ConfigureAwait(false);
            throw;
        }
    }
}
