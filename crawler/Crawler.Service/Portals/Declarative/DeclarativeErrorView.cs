using Crawler.Browsing;
using Crawler.Model;

namespace Crawler.Portals.Declarative;

/// <summary>
/// The page's own error view (<c>dom.error</c>) and the retry control it offers (<c>dom.retry</c>), in both
/// modes: a portal that shows "加载失败" + "重试" and never retries by itself is recovered as a person would.
/// </summary>
internal sealed class DeclarativeErrorView(IPage page, DeclarativeSettings settings)
{
    /// <summary>True when <c>dom.error</c> is configured and visible now.</summary>
    public async Task<bool> ShownAsync() =>
        settings.DomError is { } error && await VisibleAsync(error).ConfigureAwait(false);

    /// <summary>Clicks <c>dom.retry</c> when the page shows it; false when there is no retry control to press.</summary>
    public async Task<bool> TryRetryAsync(TimeSpan timeout)
    {
        if (settings.DomRetry is not { } retry || !await VisibleAsync(retry).ConfigureAwait(false)) return false;
        await page.Locator(retry).First.ClickInFrontAsync((float)timeout.TotalMilliseconds).ConfigureAwait(false);
        return true;
    }

    /// <summary>The failure to raise when the view is shown, naming the setting and the page.</summary>
    public PortalException Failure(string during) =>
        new($"the page shows its error view ({DeclarativeKeys.DomError} '{settings.DomError}') {during} on {page.Url}");

    private async Task<bool> VisibleAsync(string selector)
    {
        try
        {
            return await page.Locator(selector).First.IsVisibleAsync().ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            return false; // navigating: nothing to see yet
        }
    }
}
