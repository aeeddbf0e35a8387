using Crawler.Browsing;
using Crawler.Model;

namespace Crawler.Portals.Declarative;

/// <summary>
/// DOM mode's click pager and its recovery. Knows which list page the app shows, so after a failure (the page's
/// error view, a lost list) it can bring the app back as a person would: the page's retry control first, else a
/// reload of the entry page and re-clicks of <c>next.selector</c> up to the same page.
/// </summary>
internal sealed class DeclarativeDomNavigator(CrawlSession session, IPage page, DeclarativeSettings settings, DeclarativeListingState state)
{
    /// <summary>([item, before, error]) → 'changed' once the list differs from <c>before</c>, 'error' when the error view shows, else false.</summary>
    private const string ChangedOrError = "([item, b, error]) => { const e = error && document.querySelector(error); if (e && e.offsetParent !== null) return 'error';" +
                                          " return (" + DeclarativeDomScripts.Signature + ")(item) !== b && document.querySelector(item) !== null ? 'changed' : false; }";

    private readonly DeclarativeErrorView _errorView = new(page, settings);
    private int? _failed;
    private int _attempting;

    /// <summary>The list page (0 = entry) the app shows now.</summary>
    public int Shown { get; private set; }

    public DeclarativeErrorView ErrorView => _errorView;

    private float Timeout => (float)session.Timeout.TotalMilliseconds;

    /// <summary>The entry page loaded (or reloaded): the app shows page 0.</summary>
    public void Loaded() => Shown = _attempting = 0;

    /// <summary>true: more cards were appended; false: the cards were replaced; null: the pager has no next page.</summary>
    public async Task<bool?> ClickNextAsync(int index, int count, Func<Task<bool>> reload)
    {
        try
        {
            if (_failed == index) await ReturnToPageAsync(index, reload).ConfigureAwait(false);
            else if (!await StepAsync().ConfigureAwait(false)) return null;
            _failed = null;
            return await page.Locator(settings.DomItem!).CountAsync().ConfigureAwait(false) > count;
        }
        catch (Exception ex) when (ex is PortalException or TimeoutException or PlaywrightException)
        {
            _failed = index;
            throw;
        }
    }

    /// <summary>
    /// Brings the app to list page <paramref name="index"/>: the list's retry control when shown (and
    /// <paramref name="useRetryControl"/>), else a reload; then re-clicks forward.
    /// </summary>
    public async Task ReturnToPageAsync(int index, Func<Task<bool>> reload, bool useRetryControl = true)
    {
        if (useRetryControl && await _errorView.TryRetryAsync(session.Timeout).ConfigureAwait(false))
        {
            state.Recovered("the page's retry control");
            await WaitAsync(null).ConfigureAwait(false);
            Shown = _attempting;
        }
        else
        {
            state.Recovered($"a reload and return to page {index + 1}");
            if (!await reload().ConfigureAwait(false)) throw new PortalException($"reloading {session.Source.EntryUrl}: {DeclarativeKeys.DomItem} '{settings.DomItem}' matched nothing");
        }

        while (Shown < index)
        {
            if (!await StepAsync().ConfigureAwait(false))
                throw new PortalException($"returning to page {index + 1}: {DeclarativeKeys.NextSelector} '{settings.NextSelector}' is gone at page {Shown + 1} on {page.Url}");
        }
    }

    /// <summary>Clicks next once and waits for the list to change; false when the control is gone or disabled.</summary>
    private async Task<bool> StepAsync()
    {
        if (await _errorView.ShownAsync().ConfigureAwait(false)) throw _errorView.Failure("before clicking " + DeclarativeKeys.NextSelector);
        var before = await page.EvaluateAsync<string>(DeclarativeDomScripts.Signature, settings.DomItem).ConfigureAwait(false);
        var button = page.Locator(settings.NextSelector!).First;
        if (await button.CountAsync().ConfigureAwait(false) == 0 || !await button.IsVisibleAsync().ConfigureAwait(false) || !await button.IsEnabledAsync().ConfigureAwait(false)) return false;
        _attempting = Shown + 1;
        await button.ClickInFrontAsync(Timeout).ConfigureAwait(false);
        await WaitAsync(before).ConfigureAwait(false);
        Shown = _attempting;
        return true;
    }

    /// <summary>Waits until the list differs from <paramref name="before"/> (null: until any card shows); the error view fails at once.</summary>
    private async Task WaitAsync(string? before)
    {
        string? outcome;
        try
        {
            var handle = await page.WaitForFunctionAsync(ChangedOrError, new object?[] { settings.DomItem, before ?? "\u0000", settings.DomError }, ForegroundClick.PollingWait(Timeout)).ConfigureAwait(false);
            outcome = await handle.JsonValueAsync<string>().ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{DeclarativeKeys.DomItem} '{settings.DomItem}' did not change within {session.Timeout.TotalSeconds:0}s after clicking {DeclarativeKeys.NextSelector} '{settings.NextSelector}' on {page.Url}", ex);
        }

        if (outcome == "error") throw _errorView.Failure($"after clicking {DeclarativeKeys.NextSelector}");
    }
}
