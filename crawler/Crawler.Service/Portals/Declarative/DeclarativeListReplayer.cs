using Crawler.Model;
using Crawler.Portals.Shared;

namespace Crawler.Portals.Declarative;

/// <summary>
/// Pages a click or scroll listing by the page's own list call once that call is understood: the calls behind pages
/// 1 and 2 are compared (<see cref="ListRequestReplay.Learn"/>), and when the entry page's call differs in more than its
/// page (an app's first call is often made by other code), those behind pages 2 and 3, both made after a click. From the
/// next page on the same call is sent by the page's <c>fetch</c> with the page field moved, with no click and no render.
/// The first replayed page must bring postings not seen yet, else the listing goes on clicking as if nothing had
/// happened (the app is still on the last page it showed). A refused replay (a 4xx, a business error) stops the replay at once; a passing failure (429, 5xx,
/// a timeout, cut JSON) is retried as a call by the page pipeline, up to three times in a row. Once the replay stops, the
/// navigator recovers the page it stopped at by clicking, as it would have without it. <c>next.replay: off</c> never replays.
/// </summary>
internal sealed class DeclarativeListReplayer(CrawlSession session, IPage page, DeclarativeSettings settings, DeclarativeListingState state)
{
    /// <summary>The last clicked page whose call, with the one before it, may teach the replay (0 = the entry page).</summary>
    private const int LastLearnFrom = 2;

    /// <summary>Failures in a row of one replayed page that look passing (HTTP 429 or 5xx, a timeout, truncated JSON) before it is clicked instead.</summary>
    private const int TransientFailuresAllowed = 3;

    /// <summary>Replayed calls in flight at once, the one being read included.</summary>
    private const int Window = 4;

    private readonly Dictionary<int, Task<(string Url, string Text)>> _inFlight = [];
    private ListRequest? _earlier;
    private int _postingsOnEarlier;
    private ListRequestReplay? _replay;
    private int _learnedAt = int.MaxValue;
    private bool _decided = !settings.NextReplay || settings.Next is not (NextKind.Click or NextKind.Scroll);
    private bool _proven;
    private int? _failedOn;
    private int _failures;

    /// <summary>
    /// Whether a failed replay says the call may not be sent again (another 4xx, a business refusal, a page of nothing new),
    /// rather than that the portal is busy or the answer was cut: a refused replay is never repeated.
    /// </summary>
    private static bool Refused(Exception ex) => ex switch
    {
        PortalException { StatusCode: { } status } => status is >= 400 and < 500 and not (408 or 429),
        PortalException p => p.InnerException is not System.Text.Json.JsonException,
        _ => false,
    };

    /// <summary>Whether list page <paramref name="index"/> is fetched by replay.</summary>
    public bool Replays(int index) => _replay is not null && index > _learnedAt;

    /// <summary>Records the call behind the accepted, clicked answer of list page <paramref name="index"/>.</summary>
    public async Task ObserveAsync(IResponse response, int index, int postings)
    {
        if (_decided) return;
        var request = response.Request;
        var call = ListRequest.Of(request.Method, request.Url, request.PostData, await request.AllHeadersAsync().ConfigureAwait(false));
        if (_earlier is not null)
        {
            var replay = ListRequestReplay.Learn(_earlier, call, request.Url, index, _postingsOnEarlier, out var why);
            if (replay is not null || index >= LastLearnFrom)
            {
                (_decided, _replay, _learnedAt) = (true, replay, index);
                state.ReplayDecided(replay?.ToString(), why);
                return;
            }
        }

        (_earlier, _postingsOnEarlier) = (call, postings);
    }

    /// <summary>
    /// List page <paramref name="index"/> by replay; null when the replay stopped before any replayed page was taken
    /// (the caller clicks from where the app is).
    /// A failure is thrown. Once the replay is proven, the calls for the next pages are already under way while this
    /// one is read (<see cref="Window"/> in flight, never past the reported total or <c>maxPages</c>); the host gate
    /// still paces each of them.
    /// </summary>
    public async Task<DeclarativeListPage?> FetchAsync(DeclarativePageAnswer capture, int index)
    {
        var replay = _replay!;
        if (!_inFlight.Remove(index, out var call)) call = Send(replay, index);
        for (var next = index + 1; _proven && next < index + Window && next < End(); next++)
        {
            if (!_inFlight.ContainsKey(next)) _inFlight[next] = Send(replay, next);
        }

        try
        {
            var (url, text) = await call.ConfigureAwait(false);
            var result = DeclarativeListPage.Parse(text, settings, new Uri(page.Url), url);
            if (!_proven && !result.Postings.Any(p => !state.Contains(p.PortalId)))
                throw new PortalException($"{url} brought no posting not seen on the pages before");
            _proven = true;
            _failedOn = null;
            state.PageReplayed(replay.ToString());
            return result;
        }
        catch (Exception ex) when (ex is PortalException or TimeoutException or PlaywrightException)
        {
            _failures = _failedOn == index ? _failures + 1 : 1;
            _failedOn = index;
            if (Refused(ex) || _failures >= TransientFailuresAllowed)
            {
                // The calls still in flight must land before the app is clicked: their answers would be taken for the click's.
                await Task.WhenAll(_inFlight.Values.Select(c => (Task)c)).ContinueWith(static _ => { }, TaskScheduler.Default).ConfigureAwait(false);
                Stop();
                state.ReplayStopped(index + 1, ex.Message);
                if (!_proven) return null; // no replayed page was taken: the app is still where its last click left it
            }

            throw;
        }
        finally
        {
            capture.Drain();
        }
    }

    private async Task<(string Url, string Text)> Send(ListRequestReplay replay, int index)
    {
        var (url, body) = replay.Request(index);
        var text = await PageFetch.SendAsync(page, $"list page {index + 1} by the replayed list call", replay.Method, url, replay.Headers, body, session.Timeout, replay.Credentials).ConfigureAwait(false);
        return (url, text);
    }

    /// <summary>The first list page index not to ask for: past the reported total (pages as full as page 2), or <c>maxPages</c>.</summary>
    private int End()
    {
        var end = settings.MaxPages;
        if (state.ReportedTotal is { } total && _postingsOnEarlier > 0) end = Math.Min(end, (int)Math.Ceiling(total / (double)_postingsOnEarlier));
        return end;
    }

    /// <summary>Ends the replay (also when the listing is over); calls still in flight are left to finish unread.</summary>
    public void Stop()
    {
        _replay = null;
        foreach (var call in _inFlight.Values) _ = call.ContinueWith(static t => t.Exception, TaskScheduler.Default);
        _inFlight.Clear();
    }
}
