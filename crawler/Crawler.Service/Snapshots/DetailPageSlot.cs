using Crawler.Browsing;
using Microsoft.Playwright;

namespace Crawler.Snapshots;

/// <summary>
/// One renderer's detail page: opened on first use, reused for in-app navigations, and replaced by a fresh page
/// after <see cref="DetailOptions.PageRecycleAfter"/> navigations or when it became unusable, so what a single-page
/// app accumulates per visited detail never outgrows one page's worth. Not thread-safe: one renderer owns it.
/// </summary>
internal sealed class DetailPageSlot(IBrowserContext context, int recycleAfter) : IAsyncDisposable
{
    private IPage? _page;
    private int _navigations;

    /// <summary>Pages this slot has opened so far (the first included).</summary>
    public int Opened { get; private set; }

    /// <summary>The current page, or a fresh one.</summary>
    public async Task<IPage> PageAsync()
    {
        if (_page is { IsClosed: false }) return _page;
        _page = await context.OpenPageAsync().ConfigureAwait(false);
        _navigations = 0;
        Opened++;
        return _page;
    }

    /// <summary>One navigation done; closes the page when it is spent or no longer usable.</summary>
    public async Task ReleaseAsync(bool usable)
    {
        _navigations++;
        if (usable && _navigations < recycleAfter) return;
        await CloseAsync().ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => new(CloseAsync());

    private async Task CloseAsync()
    {
        if (_page is null) return;
        var page = _page;
        _page = null;
        await page.CloseQuietlyAsync().ConfigureAwait(false);
    }
}
