using System.Collections.Concurrent;
using Crawler.Browsing;
using Crawler.Diagnostics;
using Crawler.Model;
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
                    page ??= await context.OpenPageAsync().ConfigureAwait(false);
                    var (result, usable) = await RenderOneAsync(page, sourceId, item.Key, item.Target, timeout).ConfigureAwait(false);
                    results.Add(result);
                    if (!usable)
                    {
                        await page.CloseQuietlyAsync().ConfigureAwait(false);
                        page = null;
                    }

                    progress?.Report(new CrawlProgress("details", Interlocked.Increment(ref done), work.Count));
                }
            }
            finally
            {
                if (page is not null) await page.CloseQuietlyAsync().ConfigureAwait(false);
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
                var captured = attempt == 1 && CanNavigateInApp(page, target)
                    ? await NavigateInAppAndCaptureAsync(page, target, timeout).ConfigureAwait(false)
                    : await LoadAndCaptureAsync(page, target, timeout).ConfigureAwait(false);
                var rendered = new RenderedPage(key, target.Url.ToString(), captured[2], captured[0], captured[1]);
                return (new DetailRenderResult(key, rendered, null), true);
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

    private static bool CanNavigateInApp(IPage page, DetailTarget target) =>
        target.Navigation != DetailNavigation.Reload &&
        Uri.TryCreate(page.Url, UriKind.Absolute, out var current) &&
        current.Scheme == target.Url.Scheme && current.Authority == target.Url.Authority;

    /// <summary>
    /// One round trip: route inside the app (pushState or hash), wait for the posting's element with a
    /// MutationObserver, and return [content HTML, content text, document HTML].
    /// </summary>
    private static Task<string[]> NavigateInAppAndCaptureAsync(IPage page, DetailTarget target, TimeSpan timeout) =>
        page.EvaluateAsync<string[]>(InAppScript, new
        {
            url = target.Url.ToString(),
            hash = target.Navigation == DetailNavigation.Hash,
            ready = target.ReadySelector,
            content = target.ContentSelector,
            timeout = (int)timeout.TotalMilliseconds,
        });

    private static async Task<string[]> LoadAndCaptureAsync(IPage page, DetailTarget target, TimeSpan timeout)
    {
        await page.GotoAsync(target.Url.ToString(), new PageGotoOptions
        {
            WaitUntil = WaitUntilState.Commit,
            Timeout = (float)timeout.TotalMilliseconds,
        }).ConfigureAwait(false);
        await page.Locator(target.ReadySelector).First.WaitForAsync(new LocatorWaitForOptions
        {
            State = WaitForSelectorState.Attached,
            Timeout = (float)timeout.TotalMilliseconds,
        }).ConfigureAwait(false);
        return await page.EvaluateAsync<string[]>(CaptureScript, target.ContentSelector).ConfigureAwait(false);
    }

    private const string CaptureScript =
        "sel => { const e = document.querySelector(sel); if (!e) throw new Error('content selector ' + sel + ' matched nothing');" +
        " return [e.outerHTML, e.innerText, document.documentElement.outerHTML]; }";

    private const string InAppScript = """
        async a => {
          if (a.hash) { location.href = a.url; }
          else { history.pushState(null, '', a.url); window.dispatchEvent(new PopStateEvent('popstate', { state: null })); }
          await new Promise((resolve, reject) => {
            if (document.querySelector(a.ready)) { resolve(); return; }
            const observer = new MutationObserver(() => {
              if (document.querySelector(a.ready)) { observer.disconnect(); clearTimeout(timer); resolve(); }
            });
            const timer = setTimeout(() => { observer.disconnect(); reject(new Error('Timeout: ' + a.ready + ' did not appear')); }, a.timeout);
            observer.observe(document, { childList: true, subtree: true, attributes: true });
          });
          const e = document.querySelector(a.content);
          if (!e) throw new Error('content selector ' + a.content + ' matched nothing');
          return [e.outerHTML, e.innerText, document.documentElement.outerHTML];
        }
        """;

    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Detail {PostingKey} of {SourceId}: attempt {Attempt} failed: {Reason}")]
    private partial void LogAttemptFailed(string sourceId, string postingKey, int attempt, string reason);
}
