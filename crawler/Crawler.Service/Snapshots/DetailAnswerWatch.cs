using Crawler.Portals;
using Microsoft.Playwright;

namespace Crawler.Snapshots;

/// <summary>
/// Watches one page for the detail's own JSON answer. <see cref="Arrived"/> completes when a matching answer
/// passed its checks, and faults with <see cref="DetailFailedException"/> at once when it answered HTTP 400 or
/// above, a business error, or the request failed: a failing detail costs one round trip, not a timeout.
/// </summary>
internal sealed class DetailAnswerWatch : IDisposable
{
    private readonly IPage _page;
    private readonly DetailAnswer _answer;
    private readonly string _pageUrl;
    private readonly TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DetailAnswerWatch(IPage page, DetailAnswer answer, string pageUrl)
    {
        (_page, _answer, _pageUrl) = (page, answer, pageUrl);
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
        if (IsOurs(request)) Fail($"request failed ({request.Failure})");
    }

    private void OnResponse(object? sender, IResponse response)
    {
        if (_arrived.Task.IsCompleted || !IsOurs(response.Request)) return;
        if (response.Status >= 400)
        {
            Fail($"answered HTTP {response.Status}");
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

    private void Fail(string what) =>
        _arrived.TrySetException(new DetailFailedException($"detail answer {_answer.Describe()} {what}, page {_pageUrl}"));
}
