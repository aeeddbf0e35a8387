using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Crawler.Browsing;

/// <summary>
/// Guarded versions of the Playwright calls that open and close pages and contexts, for every stage of the crawl.
/// A context opened by <see cref="BrowserHost"/> carries its launch's <see cref="BrowserGuard"/>; a context from
/// anywhere else (a test's own browser) gets a guard with the default deadline and no disconnect signal.
/// </summary>
public static class BrowserCalls
{
    private static readonly ConditionalWeakTable<IBrowserContext, BrowserGuard> Guards = new();
    private static readonly BrowserGuard Unmanaged = new(TimeSpan.FromSeconds(60), null);

    internal static void Attach(IBrowserContext context, BrowserGuard guard) => Guards.AddOrUpdate(context, guard);

    /// <summary>The guard of the launch <paramref name="context"/> belongs to.</summary>
    public static BrowserGuard Guard(this IBrowserContext context) => Guards.TryGetValue(context, out var guard) ? guard : Unmanaged;

    /// <summary>Opens a page, ending with <see cref="BrowserDisconnectedException"/> or a timeout instead of waiting for ever.</summary>
    public static Task<IPage> OpenPageAsync(this IBrowserContext context) => context.Guard().RunAsync("new page", context.NewPageAsync);

    /// <summary>Closes a page; a page whose browser is gone (or that does not close in time) counts as closed.</summary>
    public static Task CloseQuietlyAsync(this IPage page) => QuietlyAsync(page.Context.Guard(), "close page", () => page.CloseAsync());

    /// <summary>Closes a context; a context whose browser is gone (or that does not close in time) counts as closed.</summary>
    public static Task CloseQuietlyAsync(this IBrowserContext context) => context.CloseQuietlyAsync("close context");

    /// <summary>As <see cref="CloseQuietlyAsync(IBrowserContext)"/>, the call named <paramref name="what"/> (a render context's close is not the run's).</summary>
    public static Task CloseQuietlyAsync(this IBrowserContext context, string what) => QuietlyAsync(context.Guard(), what, () => context.CloseAsync());

    private static async Task QuietlyAsync(BrowserGuard guard, string what, Func<Task> close)
    {
        try
        {
            await guard.RunAsync(what, close).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is PlaywrightException or BrowserDisconnectedException or TimeoutException)
        {
            // Already gone, or wedged: BrowserHost throws that browser away and reaps its processes.
        }
    }
}
