using System.Text.Json;
using System.Threading.Channels;

namespace Crawler.Portals.Atsx;

/// <summary>
/// Captures the JSON the page itself fetches: every <c>search/job/posts</c> answer (the page signs and
/// authorises those requests; we only read them) and the category filters.
/// </summary>
internal sealed class AtsxPageAnswer : IDisposable
{
    private const string SearchPath = "/api/v1/search/job/posts";
    private const string FiltersPath = "/api/v1/config/job/filters/";
    private readonly IPage _page;
    private readonly Channel<(IResponse Response, Task<string?> Body)> _search = Channel.CreateUnbounded<(IResponse, Task<string?>)>();
    private readonly TaskCompletionSource<string> _filters = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public AtsxPageAnswer(IPage page)
    {
        _page = page;
        _page.Response += OnResponse;
    }

    /// <summary>
    /// Waits for the page's answer to the search for this offset and category set. Answers to other requests
    /// (stale retries, the SPA's duplicate calls) are skipped.
    /// The body comes with it, read on arrival (null when Chromium could not give it).
    /// </summary>
    public async Task<(IResponse Response, Task<string?> Body)> NextSearchAsync(int offset, IReadOnlyCollection<string> categories, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            while (true)
            {
                var answer = await _search.Reader.ReadAsync(deadline.Token).ConfigureAwait(false);
                if (Matches(answer.Response.Request, offset, categories)) return answer;
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"no answer of POST …/api/v1/search/job/posts for offset {offset} within {timeout.TotalSeconds:0}s");
        }
    }

    /// <summary>
    /// The body of the filters answer the page fetched, or null when none arrived within the wait. The body is read
    /// as soon as the answer arrives: after a retry reloads the document, Chromium no longer holds it.
    /// </summary>
    public async Task<string?> FiltersAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        var finished = await Task.WhenAny(_filters.Task, Task.Delay(wait, cancellationToken)).ConfigureAwait(false);
        return finished == _filters.Task ? await _filters.Task.ConfigureAwait(false) : null;
    }

    /// <summary>Drops answers not yet taken: after the document is reloaded they belong to a page that is gone.</summary>
    public void DiscardPending()
    {
        while (_search.Reader.TryRead(out _))
        {
        }
    }

    private static async Task<string?> ReadBodyAsync(IResponse response)
    {
        try
        {
            return await response.TextAsync().ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            return null; // the document went away first; the listing treats it as a failed attempt
        }
    }

    private async Task ReadFiltersAsync(IResponse response)
    {
        try
        {
            _filters.TrySetResult(await response.TextAsync().ConfigureAwait(false));
        }
        catch (PlaywrightException)
        {
            // The document went away before its answer could be read; the reloaded one fetches the filters again.
        }
    }

    private void OnResponse(object? sender, IResponse response)
    {
        if (response.Url.Contains(SearchPath, StringComparison.Ordinal) && response.Request.Method == "POST")
        {
            _search.Writer.TryWrite((response, ReadBodyAsync(response)));
        }
        else if (response.Url.Contains(FiltersPath, StringComparison.Ordinal) && response.Status == 200)
        {
            _ = ReadFiltersAsync(response);
        }
    }

    private static bool Matches(IRequest request, int offset, IReadOnlyCollection<string> categories)
    {
        try
        {
            using var body = JsonDocument.Parse(request.PostData ?? "{}");
            var root = body.RootElement;
            if (!root.TryGetProperty("offset", out var o) || !o.TryGetInt32(out var sentOffset) || sentOffset != offset) return false;
            var sent = root.TryGetProperty("job_category_id_list", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(e => e.ToString()).ToHashSet(StringComparer.Ordinal)
                : [];
            return sent.SetEquals(categories);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public void Dispose() => _page.Response -= OnResponse;
}
