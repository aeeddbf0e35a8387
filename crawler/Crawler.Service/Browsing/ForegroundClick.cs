using Microsoft.Playwright;

namespace Crawler.Browsing;

/// <summary>
/// Clicks as a person does: in the tab in front. Chromium runs no animation frames in a tab that is not in front,
/// and Playwright's click waits for two frames with the element standing still, so a click in the listing page
/// while detail pages render in other tabs waited 1–2 s for frames that came late (measured: ~2 s per
/// "下一页" of a click-paged listing, the whole listing's pace). Bringing the page to front first costs one call.
/// </summary>
public static class ForegroundClick
{
    /// <summary>
    /// Polling interval for in-page waits of a page that may not be in front: Playwright's default polls on animation
    /// frames, which such a tab gets late or not at all.
    /// </summary>
    private const float PollMs = 50;

    /// <summary>Options of an in-page wait that polls every <see cref="PollMs"/> instead of on animation frames.</summary>
    public static PageWaitForFunctionOptions PollingWait(float timeoutMs) => new() { Timeout = timeoutMs, PollingInterval = PollMs };

    /// <summary>Brings the locator's page to front, then clicks the locator's element.</summary>
    public static async Task ClickInFrontAsync(this ILocator locator, float timeoutMs)
    {
        await locator.Page.BringToFrontAsync().ConfigureAwait(false);
        await locator.ClickAsync(new LocatorClickOptions { Timeout = timeoutMs }).ConfigureAwait(false);
    }

    /// <summary>
    /// Brings <paramref name="page"/> to front and scrolls to its bottom: an infinite list loads more when an
    /// IntersectionObserver sees its end, and observers are only run on a tab's rendering updates.
    /// </summary>
    public static async Task ScrollToEndInFrontAsync(this IPage page)
    {
        await page.BringToFrontAsync().ConfigureAwait(false);
        await page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)").ConfigureAwait(false);
    }
}
