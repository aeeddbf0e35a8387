using System.Text.Json;

namespace Crawler.Probing;

/// <summary>
/// Records every JSON answer a page receives for its own fetch/XHR calls (what devtools' Network tab shows under
/// Fetch/XHR), so the probe can look for the list call among them without knowing its URL.
/// </summary>
internal sealed class JsonAnswerRecorder : IAsyncDisposable
{
    private readonly IPage _page;
    private readonly List<JsonAnswer> _answers = [];
    private readonly List<Task> _reading = [];
    private readonly Lock _gate = new();
    private int _sequence;

    public JsonAnswerRecorder(IPage page)
    {
        _page = page;
        _page.Response += OnResponse;
    }

    /// <summary>Every JSON answer so far, in order of arrival.</summary>
    public IReadOnlyList<JsonAnswer> Answers
    {
        get
        {
            lock (_gate) return [.. _answers.OrderBy(a => a.Sequence)];
        }
    }

    /// <summary>Waits until an answer after <paramref name="afterSequence"/> satisfies <paramref name="match"/>; null after <paramref name="wait"/>.</summary>
    public async Task<JsonAnswer?> WaitForAsync(Func<JsonAnswer, bool> match, int afterSequence, TimeSpan wait, TimeProvider time, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + wait;
        while (true)
        {
            var found = Answers.FirstOrDefault(a => a.Sequence > afterSequence && match(a));
            if (found is not null || time.GetUtcNow() >= deadline) return found;
            await Task.Delay(TimeSpan.FromMilliseconds(100), time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Waits until the page has fetched nothing new for <paramref name="quiet"/> (or <paramref name="wait"/> passed): a
    /// page asks for its filters and configuration first and for its list a moment later, and the list is the answer
    /// that says what the portal is.
    /// </summary>
    public async Task WaitForQuietAsync(TimeSpan quiet, TimeSpan wait, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        var deadline = time.GetUtcNow() + wait;
        var latest = Latest;
        var since = time.GetUtcNow();
        while (time.GetUtcNow() < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), time, cancellationToken).ConfigureAwait(false);
            if (Latest != latest)
            {
                latest = Latest;
                since = time.GetUtcNow();
            }
            else if (time.GetUtcNow() - since >= quiet)
            {
                return;
            }
        }
    }

    /// <summary>The sequence number of the latest answer (−1 before the first).</summary>
    public int Latest
    {
        get
        {
            lock (_gate) return _sequence - 1;
        }
    }

    private void OnResponse(object? sender, IResponse response)
    {
        if (response.Request.ResourceType is not ("fetch" or "xhr")) return;
        int sequence;
        lock (_gate) sequence = _sequence++;
        var task = ReadAsync(response, sequence);
        lock (_gate) _reading.Add(task);
    }

    private async Task ReadAsync(IResponse response, int sequence)
    {
        try
        {
            var text = await response.TextAsync().ConfigureAwait(false);
            var trimmed = text.TrimStart();
            if (trimmed.Length == 0 || trimmed[0] is not ('{' or '[')) return;
            var document = JsonDocument.Parse(text);
            var answer = new JsonAnswer(sequence, response.Url, response.Request.Method, response.Status, response.Request.PostData, document)
            {
                RequestContentType = response.Request.Headers.GetValueOrDefault("content-type"),
            };
            lock (_gate) _answers.Add(answer);
        }
        catch (Exception ex) when (ex is PlaywrightException or JsonException)
        {
            // Not JSON, truncated, or the page went away: not a candidate.
        }
    }

    public async ValueTask DisposeAsync()
    {
        _page.Response -= OnResponse;
        Task[] reading;
        lock (_gate) reading = [.. _reading];
        await Task.WhenAll(reading).ConfigureAwait(false);
        lock (_gate)
        {
            foreach (var answer in _answers) answer.Body.Dispose();
        }
    }
}
