using Crawler.Browsing;
using Crawler.Model;

namespace Crawler.Portals.Declarative;

/// <summary>
/// Moves the page of an API-mode listing from one list page to the next and hands back the page's own answer.
/// A failed answer (HTTP status, <c>api.okPath</c>, malformed JSON) or the page's error view fails the step at
/// once; the next attempt of the same page recovers as a person would: the page's retry control first, else a
/// reload of the entry page and a return to the same page (URL parameter, or re-click/re-scroll to page k).
/// </summary>
internal sealed class DeclarativeApiNavigator(CrawlSession session, IPage page, DeclarativeSettings settings, DeclarativeListingState state)
{
    private const string SettledScript =
        "sel => { const b = document.querySelector(sel); return !b || b.offsetParent === null || !b.disabled; }";

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);
    private readonly DeclarativeErrorView _errorView = new(page, settings);
    private readonly DeclarativeListReplayer _replayer = new(session, page, settings, state);

    /// <summary>The list page (0 = entry) the app's latest request was for.</summary>
    private int _attempting = -1;

    /// <summary>The list page whose latest attempt failed: its next attempt recovers first.</summary>
    private int? _failed;

    /// <summary>Leaves whatever the listing still has in flight: the list is over.</summary>
    public void Finish() => _replayer.Stop();

    /// <summary>Moves to page <paramref name="index"/> and returns its answer, read; null when the list has no further page.</summary>
    public async Task<DeclarativeListPage?> FetchAsync(DeclarativePageAnswer capture, int index, CancellationToken token)
    {
        try
        {
            if (_replayer.Replays(index))
            {
                capture.Pause();
                var replayed = await _replayer.FetchAsync(capture, index).ConfigureAwait(false);
                _failed = null; // a replay moves nothing in the app: no recovery is owed to it
                if (replayed is not null)
                {
                    state.PagesFetched++;
                    return replayed;
                }
            }

            capture.Resume();
            IResponse? response;
            if (_failed == index && index > 0 && settings.Next != NextKind.UrlParam)
            {
                response = await RecoverAsync(capture, index, token).ConfigureAwait(false);
            }
            else
            {
                var moved = await MoveAsync(capture, index, token).ConfigureAwait(false);
                if (!moved) return null;
                response = await AnswerAsync(capture, Wait(index), token).ConfigureAwait(false);
                if (response is null)
                {
                    if (index > 0 && settings.Next == NextKind.Scroll && state.ReportedTotal is null) return null;
                    throw new TimeoutException($"no answer whose URL contains '{settings.ApiUrlContains}' ({DeclarativeKeys.ApiUrlContains}) within {Wait(index).TotalSeconds:0.#}s on {page.Url}");
                }
            }

            var result = await DeclarativeListPage.ReadAsync(response, settings, new Uri(page.Url)).ConfigureAwait(false);
            await _replayer.ObserveAsync(response, index, result.Postings.Count).ConfigureAwait(false);
            _failed = null;
            state.PagesFetched++;
            return result;
        }
        catch (Exception ex) when (ex is PortalException or TimeoutException or PlaywrightException)
        {
            _failed = index;
            throw;
        }
    }

    private TimeSpan Wait(int index) =>
        index > 0 && settings.Next == NextKind.Scroll && state.ReportedTotal is null ? settings.NextIdle : session.Timeout;

    /// <summary>One person's step to page <paramref name="index"/>; false when the next control is gone (the end).</summary>
    private async Task<bool> MoveAsync(DeclarativePageAnswer capture, int index, CancellationToken token)
    {
        capture.Drain();
        if (index == 0 || settings.Next == NextKind.UrlParam)
        {
            await page.GotoAsync(PageUrl(index), new PageGotoOptions { WaitUntil = WaitUntilState.Commit }).ConfigureAwait(false);
        }
        else if (settings.Next == NextKind.Click)
        {
            var timeout = (float)session.Timeout.TotalMilliseconds;
            await page.WaitForFunctionAsync(SettledScript, settings.NextSelector, ForegroundClick.PollingWait(timeout)).ConfigureAwait(false);
            if (await _errorView.ShownAsync().ConfigureAwait(false)) throw _errorView.Failure("before clicking " + DeclarativeKeys.NextSelector);
            var button = page.Locator(settings.NextSelector!).First;
            if (await button.CountAsync().ConfigureAwait(false) == 0 || !await button.IsVisibleAsync().ConfigureAwait(false)) return false;
            await button.ClickInFrontAsync(timeout).ConfigureAwait(false);
        }
        else
        {
            await page.ScrollToEndInFrontAsync().ConfigureAwait(false);
        }

        _attempting = index;
        token.ThrowIfCancellationRequested();
        return true;
    }

    /// <summary>
    /// Brings the app back to page <paramref name="index"/> after a failed answer: presses the page's retry control
    /// when it shows one (the app repeats its failed request), else reloads the entry page; then steps forward
    /// until the app's request is for page <paramref name="index"/>, checking every answer on the way.
    /// </summary>
    private async Task<IResponse> RecoverAsync(DeclarativePageAnswer capture, int index, CancellationToken token)
    {
        capture.Drain();
        if (_attempting >= 0 && await _errorView.TryRetryAsync(session.Timeout).ConfigureAwait(false))
        {
            state.Recovered("the page's retry control");
        }
        else
        {
            await MoveAsync(capture, 0, token).ConfigureAwait(false);
            state.Recovered($"a reload and return to page {index + 1}");
        }

        while (true)
        {
            var answer = await AnswerAsync(capture, session.Timeout, token).ConfigureAwait(false)
                         ?? throw new TimeoutException($"recovering page {index + 1}: no answer whose URL contains '{settings.ApiUrlContains}' within {session.Timeout.TotalSeconds:0.#}s on {page.Url}");
            if (_attempting >= index) return answer;
            await DeclarativeListPage.ReadAsync(answer, settings, new Uri(page.Url)).ConfigureAwait(false);
            if (!await MoveAsync(capture, _attempting + 1, token).ConfigureAwait(false))
                throw new PortalException($"recovering page {index + 1}: {DeclarativeKeys.NextSelector} '{settings.NextSelector}' is gone at page {_attempting + 1} on {page.Url}");
        }
    }

    /// <summary>The next captured answer; fails at once when the page shows its error view instead (one that was not already shown).</summary>
    private async Task<IResponse?> AnswerAsync(DeclarativePageAnswer capture, TimeSpan wait, CancellationToken token)
    {
        var answer = capture.NextAsync(wait, token);
        if (settings.DomError is null) return await answer.ConfigureAwait(false);
        var staleError = await _errorView.ShownAsync().ConfigureAwait(false);
        while (!answer.IsCompleted)
        {
            await Task.WhenAny(answer, Task.Delay(Poll, session.Time, token)).ConfigureAwait(false);
            if (answer.IsCompleted) break;
            var shown = await _errorView.ShownAsync().ConfigureAwait(false);
            if (shown && !staleError) throw _errorView.Failure($"while waiting for an answer whose URL contains '{settings.ApiUrlContains}'");
            staleError &= shown;
        }

        return await answer.ConfigureAwait(false);
    }

    private string PageUrl(int index)
    {
        if (settings.Next != NextKind.UrlParam) return session.Source.EntryUrl.ToString();
        var value = settings.NextStart + (index * settings.NextStep);
        return DeclarativeUrls.WithParameter(session.Source.EntryUrl, settings.NextParam!, value.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToString();
    }
}
