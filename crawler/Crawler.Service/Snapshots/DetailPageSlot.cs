using Crawler.Browsing;
using Microsoft.Playwright;

namespace Crawler.Snapshots;

/// <summary>
/// One renderer's detail page: opened on first use, reused for in-app navigations, and replaced by a fresh page
/// after <see cref="DetailOptions.PageRecycleAfter"/> navigations or when it became unusable, so what a single-page
/// app accumulates per visited detail never outgrows one page's worth. A slot of the crawl's render stage opens
/// each page in a context of its own and closes that context with it: Playwright keeps every request and response
/// of a context (up to 10,000 of each in its driver, and their twins in this process) until the context closes,
/// so one context for a whole 20,000-posting run grew by about 100 MB (issue 14). Not thread-safe: one renderer owns it.
/// </summary>
internal sealed class DetailPageSlot : IAsyncDisposable
{
    private readonly IBrowserContext? _shared;
    private readonly Func<Task<IBrowserContext>>? _openContext;
    private readonly int _recycleAfter;
    private IBrowserContext? _own;
    private IPage? _page;
    private int _navigations;

    /// <summary>Pages opened in <paramref name="context"/>, which the slot never closes.</summary>
    public DetailPageSlot(IBrowserContext context, int recycleAfter)
    {
        _shared = context;
        _recycleAfter = recycleAfter;
    }

    /// <summary>Each page in a context of its own from <paramref name="openContext"/>, closed with the page.</summary>
    public DetailPageSlot(Func<Task<IBrowserContext>> openContext, int recycleAfter)
    {
        _openContext = openContext;
        _recycleAfter = recycleAfter;
    }

    /// <summary>Pages this slot has opened so far (the first included).</summary>
    public int Opened { get; private set; }

    /// <summary>The current page, or a fresh one.</summary>
    public async Task<IPage> PageAsync()
    {
        if (_page is { IsClosed: false }) return _page;
        await CloseAsync().ConfigureAwait(false);
        var context = _shared ?? (_own = await _openContext!().ConfigureAwait(false));
        _page = await context.OpenPageAsync().ConfigureAwait(false);
        _navigations = 0;
        Opened++;
        return _page;
    }

    /// <summary>One navigation done; closes the page when it is spent or no longer usable.</summary>
    public async Task ReleaseAsync(bool usable)
    {
        _navigations++;
        if (usable && _navigations < _recycleAfter) return;
        await CloseAsync().ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => new(CloseAsync());

    private async Task CloseAsync()
    {
        var page = _page;
        var own = _own;
        _page = null;
        _own = null;
        if (own is not null) await own.CloseQuietlyAsync("close render context").ConfigureAwait(false);
        else if (page is not null) await page.CloseQuietlyAsync().ConfigureAwait(false);
    }
}
