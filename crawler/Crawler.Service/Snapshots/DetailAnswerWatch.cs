using System.Runtime.CompilerServices;
using Crawler.Portals;
using Microsoft.Playwright;

namespace Crawler.Snapshots;

/// <summary>
/// Watches one page for the detail's own JSON answer. <see cref="Arrived"/> completes when a matching answer
/// passed its checks, and faults with <see cref="DetailFailedException"/> when it answered HTTP 400 or above, a
/// business error, or the request failed, and the page's own retry brought no good answer within the grace: a
/// failing detail costs one round trip and the grace, not a timeout. Apps retry their own calls (a CSRF token
/// refreshed after a 405, a second try after a 502), so the first error answer is not yet the page's verdict.
/// A page keeps its response events subscribed for its lifetime once one watch ran on it: Playwright sends a
/// subscription message (and takes a stack trace) each time a page's first handler comes or its last one goes,
/// which was four driver messages (each answered) per detail.
/// </summary>
internal sealed class DetailAnswerWatch : IDisposable
{
    private static readonly ConditionalWeakTable<IPage, object> Subscribed = new();

    private readonly IPage _page;
    private readonly DetailAnswer _answer;
    private readonly string _pageUrl;
    private readonly TimeSpan _grace;
    private readonly TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _failures;

    public DetailAnswerWatch(IPage page, DetailAnswer answer, string pageUrl, TimeSpan grace)
    {
        (_page, _answer, _pageUrl, _grace) = (page, answer, pageUrl, grace);
        if (Subscribed.TryAdd(page, Subscribed))
        {
            page.Response += (_, _) => { };
            page.RequestFailed += (_, _) => { };
        }

        _page.Response += OnResponse;
        _page.RequestFailed += OnRequestFailed;
    }

    public Task Arrived => _arrived.Task;

    /// <summary>The answer's body once <see cref="Arrived"/> completed: where detail-only fields are read from.</summary>
    public string? Body { get; private set; }

    public void Dispose()
    {
        _page.Response -= OnResponse;
        _page.RequestFailed -= OnRequestFailed;
    }

    private bool IsOurs(IRequest request) =>
        Uri.TryCreate(request.Url, UriKind.Absolute, out var url) && _answer.Matches(request.Method, url, SafePostData(request));

    private static string? SafePostData(IRequest request)
    {
        try
        {
            return request.PostData;
        }
        catch (PlaywrightException)
        {
            return null;
        }
    }

    private void OnRequestFailed(object? sender, IRequest request)
    {
        // An aborted request is the page's own doing (it navigated, or cancelled the call to make it again), not
        // the portal's answer: the next request, or the timeout, decides.
        if (!IsOurs(request) || request.Failure?.Contains("ERR_ABORTED", StringComparison.Ordinal) == true) return;
        Fail($"request failed ({request.Failure})", reloadMayHelp: true);
    }

    private void OnResponse(object? sender, IResponse response)
    {
        if (_arrived.Task.IsCompleted || !IsOurs(response.Request)) return;
        if (response.Status >= 400)
        {
            Fail($"answered HTTP {response.Status}", reloadMayHelp: true);
            return;
        }

        _ = ReadAsync(response);
    }

    private async Task ReadAsync(IResponse response)
    {
        try
        {
            var body = await response.TextAsync().ConfigureAwait(false);
            var verdict = _answer.Verdict(body);
            if (verdict is null && !_arrived.Task.IsCompleted)
            {
                Body = body;
                _arrived.TrySetResult();
            }
            else if (verdict is not null) Fail("answered with an error: " + verdict);
        }
        catch (PlaywrightException ex)
        {
            Fail("answer could not be read: " + ex.Message.Split('\n')[0]);
        }
    }

    /// <summary>Fails after the grace unless a good answer (or a later failure, which restarts the grace) comes first.</summary>
    private void Fail(string what, bool reloadMayHelp = false)
    {
        var failure = new DetailFailedException($"detail answer {_answer.Describe()} {what}, page {_pageUrl}", reloadMayHelp);
        var mine = Interlocked.Increment(ref _failures);
        if (_grace <= TimeSpan.Zero)
        {
            _arrived.TrySetException(failure);
            return;
        }

        _ = Task.Delay(_grace).ContinueWith(
            _ => { if (Volatile.Read(ref _failures) == mine) _arrived.TrySetException(failure); },
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
