using Microsoft.Playwright;

namespace Crawler.Browsing;

internal static class BrowserContextExtensions
{
    /// <summary>Whether the context's browser is still alive (false after a crash or kill).</summary>
    public static bool IsConnected(this IBrowserContext? context) => context?.Browser is { IsConnected: true };
}
