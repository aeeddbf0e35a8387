using System.Collections.Concurrent;
using System.Globalization;
using Crawler.Browsing;
using Crawler.Diagnostics;
using Crawler.Model;
using Crawler.Portals;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Crawler.Snapshots;

/// <summary>
/// Renders detail pages with several pages open at once in one browser context. Inside a single-page app it
/// navigates with the app's own routing (pushState or hash) instead of reloading the document. A detail is
/// proven by the page's own JSON answer and the posting's title on a quiet DOM (<see cref="DetailScripts"/>), the quiet
/// moment short once the page also shows the posting's own words (<see cref="DetailProof"/>),
/// never by a class name of one portal version; an error answer fails it within seconds (after one fresh load when the portal refused the call). The run's failure budget
/// (<see cref="DetailBudget"/>) stops rendering when details keep failing.
/// </summary>
public sealed partial class DetailRenderer(ErrorSnapshotWriter errors, IOptions<DetailOptions> options, ILogger<DetailRenderer> logger)
{
    private readonly DetailOptions _options = options.Value;

    /// <summary>The proof and budget settings; the crawl runner reads the retry bound from them.</summary>
    public DetailOptions Options => _options;

    public async Task<DetailRenderReport> RenderAsync(
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
        var budget = new DetailBudget(_options);
        var proofs = new DetailProofLedger();
        var done = 0;
        var failed = 0;
        var workers = Enumerable.Range(0, Math.Max(1, Math.Min(parallelism, work.Count))).Select(async _ =>
        {
            await using var slot = NewSlot(context);
            while (budget.StoppedReason is null && queue.TryDequeue(out var item))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = await RenderOnAsync(slot, sourceId, item.Key, item.Target, timeout, proofs).ConfigureAwait(false);
                results.Add(result);
                budget.Record(result.Page is not null, result.Error);
                var failedSoFar = result.Page is null ? Interlocked.Increment(ref failed) : Volatile.Read(ref failed);
                progress?.Report(new CrawlProgress("details", Interlocked.Increment(ref done), work.Count) { Failed = failedSoFar });
            }
        });
        await Task.WhenAll(workers).ConfigureAwait(false);
        LogProofs(sourceId, proofs, results.Count(r => r.Page is not null));
        if (budget.StoppedReason is { } reason)
        {
            LogBudgetExhausted(sourceId, queue.Count, reason);
            while (queue.TryDequeue(out var left)) results.Add(new DetailRenderResult(left.Key, null, "not rendered: " + reason, Attempted: false));
        }

        return new DetailRenderReport([.. results], budget.StoppedReason);
    }

    /// <summary>A page slot for one renderer of <paramref name="context"/>, recycled after <see cref="DetailOptions.PageRecycleAfter"/> navigations.</summary>
    internal DetailPageSlot NewSlot(IBrowserContext context) => new(context, _options.PageRecycleAfter);

    /// <summary>A page slot whose every page lives in a fresh context of its own from <paramref name="openContext"/>.</summary>
    internal DetailPageSlot NewSlot(Func<Task<IBrowserContext>> openContext) => new(openContext, _options.PageRecycleAfter);

    /// <summary>
    /// Renders one posting's detail on the slot's page (a fresh one when it is spent or broke); <paramref name="proofs"/>
    /// is the run's record of what its pages showed of the postings' own text.
    /// </summary>
    internal async Task<DetailRenderResult> RenderOnAsync(DetailPageSlot slot, string sourceId, string key, DetailTarget target, TimeSpan timeout, DetailProofLedger proofs)
    {
        var page = await slot.PageAsync().ConfigureAwait(false);
        var (result, usable) = await RenderOneAsync(page, sourceId, key, target, timeout, proofs).ConfigureAwait(false);
        await slot.ReleaseAsync(usable).ConfigureAwait(false);
        return result;
    }

    private async Task<(DetailRenderResult Result, bool PageUsable)> RenderOneAsync(
        IPage page, string sourceId, string key, DetailTarget target, TimeSpan timeout, DetailProofLedger proofs)
    {
        string? lastError = null;
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            try
            {
                // The second attempt reloads the document: a wedged SPA state must not fail the posting twice.
                var inApp = attempt == 1 && CanNavigateInApp(page, target);
                var (captured, answer) = await RenderAndCaptureAsync(page, target, inApp, timeout, proofs.WaitWanted).ConfigureAwait(false);
                proofs.Record(captured[4]);
                var rendered = new RenderedPage(key, target.Url.ToString(), captured[2], captured[0], captured[1]) { AnswerBody = answer, Proof = captured[4] };
                if (captured[3] == "body") LogWholeBody(sourceId, key);
                return (new DetailRenderResult(key, rendered, null), true);
            }
            catch (DetailFailedException ex)
            {
                // The portal's own answer says this posting failed. A refused call (an HTTP error: a stale CSRF token
                // that another page replaced, a passing 5xx) is worth one fresh load, as a person would; a business
                // error would only fail the same way again.
                lastError = lastError is null ? ex.Message : lastError + "; reloaded: " + ex.Message;
                LogAttemptFailed(sourceId, key, attempt, lastError);
                if (!ex.ReloadMayHelp || page.IsClosed) break;
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
            {
                lastError = lastError is null ? Explain(ex, target) : lastError + "; reloaded: " + Explain(ex, target);
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
    /// Routes (in the app, or as a new document), waits for the detail's own answer where there is one, then for
    /// the page to show the posting on a quiet DOM; returns [content HTML, content text, document HTML, how chosen]
    /// and the answer's body.
    /// </summary>
    private async Task<(string[] Captured, string? Answer)> RenderAndCaptureAsync(IPage page, DetailTarget target, bool inApp, TimeSpan timeout, bool waitForProof)
    {
        var url = target.Url.ToString();
        using var watch = target.Answer is { } answer ? new DetailAnswerWatch(page, answer, url, _options.ErrorAnswerGrace) : null;
        if (inApp)
        {
            // The page's text before routing is kept only where a phrase may prove the detail (listed, or from its answer).
            var keepText = target.ExpectedText.Count > 0 || target.Answer is not null;
            await page.EvaluateAsync(DetailScripts.Navigate, new { url, hash = target.Navigation == DetailNavigation.Hash, keepText }).ConfigureAwait(false);
        }
        else
        {
            // Going to the URL the page already shows, but for its fragment, would be a same-document navigation
            // (no reload, no new answer): leave the document first.
            if (page.Url != "about:blank") await page.GotoAsync("about:blank").ConfigureAwait(false);
            await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Commit, Timeout = (float)timeout.TotalMilliseconds }).ConfigureAwait(false);
        }

        var readyWithin = timeout;
        if (watch is not null)
        {
            try
            {
                await watch.Arrived.WaitAsync(timeout).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                throw new DetailFailedException($"detail answer {target.Answer!.Describe()} not seen within {Seconds(timeout)}, page {url}");
            }

            readyWithin = _options.ReadyAfterAnswer;
        }

        var captured = await page.EvaluateAsync<string[]>(DetailScripts.WaitAndCapture, new
        {
            title = target.Title,
            ready = target.ReadySelector,
            content = target.ContentSelector,
            readyKey = target.SettingHint,
            contentKey = target.SettingHint,
            requireChange = inApp,
            error = target.ErrorSelector,
            retry = target.RetrySelector,
            settle = _options.SettleTime.TotalMilliseconds,
            proofs = target.ExpectedText.Count > 0 ? target.ExpectedText : DetailProof.FromAnswer(watch?.Body),
            provenSettle = _options.ProvenSettleTime.TotalMilliseconds,
            proofWait = waitForProof ? _options.ProofWait.TotalMilliseconds : 0,
            maxSettle = _options.MaxSettle.TotalMilliseconds,
            timeout = readyWithin.TotalMilliseconds,
        }).ConfigureAwait(false);
        return (captured, watch?.Body);
    }

    /// <summary>A failure message that names what was awaited, where, and which setting refines it.</summary>
    private static string Explain(Exception ex, DetailTarget target)
    {
        var first = ex.Message.Split('\n')[0].Replace("Error: ", "", StringComparison.Ordinal);
        var awaited = first.StartsWith("waited ", StringComparison.Ordinal) || first.StartsWith("content selector", StringComparison.Ordinal)
            ? first
            : $"{first} (awaiting {(target.ReadySelector is { } r ? "ready selector " + r : $"title \"{target.Title}\"")})";
        return $"{awaited}, page {target.Url}" + (target.ReadySelector is null ? $"; refine with {target.SettingHint}" : "");
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";

    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Detail {PostingKey} of {SourceId}: attempt {Attempt} failed: {Reason}")]
    private partial void LogAttemptFailed(string sourceId, string postingKey, int attempt, string reason);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Details of {SourceId}: {Left} postings not rendered: {Reason}")]
    private partial void LogBudgetExhausted(string sourceId, int left, string reason);

    /// <summary>The run's one line on how its details were proven, when any had a phrase to prove.</summary>
    internal void LogProofs(string sourceId, DetailProofLedger proofs, int rendered)
    {
        if (proofs.Summary(rendered) is { } summary) LogProofSummary(sourceId, summary);
    }

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Details of {SourceId}: {Summary}")]
    private partial void LogProofSummary(string sourceId, string summary);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Debug, Message = "Detail {PostingKey} of {SourceId}: no element holds the title and the main text; the snapshot keeps the whole body")]
    private partial void LogWholeBody(string sourceId, string postingKey);
}
