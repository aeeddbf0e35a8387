using System.Collections.Concurrent;
using Crawler.Diagnostics;
using Crawler.Portals;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Crawler.Snapshots;

/// <summary>
/// Renders detail pages with several pages open at once in one browser context. Inside a single-page app it
/// navigates with the app's own routing (pushState or hash) instead of reloading the document, and waits for
/// the element that proves this posting rendered, never for load events or fixed sleeps.
/// </summary>
public sealed partial class DetailRenderer(ErrorSnapshotWriter errors, ILogger<DetailRenderer> logger)
{
    private const string PushStateScript =
        "u => { history.pushState(null, '', u); window.dispatchEvent(new PopStateEvent('popstate', { state: null })); }";

    public async Task<IReadOnlyList<DetailRenderResult>> RenderAsync(
        IBrowserContext context,
        string sourceId,
        IReadOnlyList<(string Key, DetailTarget Target)> work,
        int parallelism,
        TimeSpan timeout,
        IProgress<CrawlProgress>? progress,
        CancellationToken cancellationToken)
    {
        var queue = new ConcurrentQueue<(string Key, DetailTarget Target)>(work);
        var results = new ConcurrentBag<DetailRenderResult>();
        var done = 0;
        var workers = Enumerable.Range(0, Math.Max(1, Math.Min(parallelism, work.Count))).Select(async _ =>
        {
            IPage? page = null;
            try
            {
                while (queue.TryDequeue(out var item))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    page ??= await context.NewPageAsync().ConfigureAwait(false);
                    var (result, usable) = await RenderOneAsync(page, sourceId, item.Key, item.Target, timeout).ConfigureAwait(false);
                    results.Add(result);
                    if (!usable)
                    {
                        await ClosePageAsync(page).ConfigureAwait(false);
                        page = null;
                    }

                    progress?.Report(new CrawlProgress("details", Interlocked.Increment(ref done), work.Count));
                }
            }
            finally
            {
                if (page is not null) await ClosePageAsync(page).ConfigureAwait(false);
            }
        });
        await Task.WhenAll(workers).ConfigureAwait(false);
        return [.. results];
    }

    private async Task<(DetailRenderResult Result, bool PageUsable)> RenderOneAsync(
        IPage page, string sourceId, string key, DetailTarget target, TimeSpan timeout)
    {
        string? lastError = null;
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            try
            {
                // The second attempt reloads the document: a wedged SPA state must not fail the posting twice.
                await NavigateAsync(page, target, forceReload: attempt > 1, timeout).ConfigureAwait(false);
                await page.Locator(target.ReadySelector).First.WaitForAsync(new LocatorWaitForOptions
                {
                    State = WaitForSelectorState.Attached,
                    Timeout = (float)timeout.TotalMilliseconds,
                }).ConfigureAwait(false);
                var content = page.Locator(target.ContentSelector).First;
                var contentHtml = await content.EvaluateAsync<string>("e => e.outerHTML").ConfigureAwait(false);
                var text = await content.EvaluateAsync<string>("e => e.innerText").ConfigureAwait(false);
                var html = await page.ContentAsync().ConfigureAwait(false);
                return (new DetailRenderResult(key, new RenderedPage(key, target.Url.ToString(), html, contentHtml, text), null), true);
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
            {
                lastError = ex.Message.Split('\n')[0];
                LogAttemptFailed(sourceId, key, attempt, lastError);
                if (page.IsClosed) return (new DetailRenderResult(key, null, lastError), false);
            }
        }

        await errors.WriteAsync(page, sourceId, "detail-" + key).ConfigureAwait(false);
        return (new DetailRenderResult(key, null, lastError), false);
    }

    private static async Task NavigateAsync(IPage page, DetailTarget target, bool forceReload, TimeSpan timeout)
    {
        var current = Uri.TryCreate(page.Url, UriKind.Absolute, out var u) ? u : null;
        var sameOrigin = current is not null && current.Scheme == target.Url.Scheme &&
                         current.Authority == target.Url.Authority;
        if (forceReload || !sameOrigin || target.Navigation == DetailNavigation.Reload)
        {
            await page.GotoAsync(target.Url.ToString(), new PageGotoOptions
            {
                WaitUntil = WaitUntilState.Commit,
                Timeout = (float)timeout.TotalMilliseconds,
            }).ConfigureAwait(false);
            return;
        }

        var script = target.Navigation == DetailNavigation.Hash ? "u => { location.href = u; }" : PushStateScript;
        await page.EvaluateAsync(script, target.Url.ToString()).ConfigureAwait(false);
    }

    private static async Task ClosePageAsync(IPage page)
    {
        try
        {
            await page.CloseAsync().ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // The page or its browser is already gone.
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Detail {PostingKey} of {SourceId}: attempt {Attempt} failed: {Reason}")]
    private partial void LogAttemptFailed(string sourceId, string postingKey, int attempt, string reason);
}
