using System.Threading.Channels;

namespace Crawler.Portals.Declarative;

/// <summary>Captures every answer the page itself receives for requests whose URL contains <c>api.urlContains</c>.</summary>
internal sealed class DeclarativePageAnswer : IDisposable
{
    private readonly IPage _page;
    private readonly string _urlContains;
    private readonly string? _method;
    private readonly Channel<IResponse> _responses = Channel.CreateUnbounded<IResponse>();
    private bool _listening;

    public DeclarativePageAnswer(IPage page, string urlContains, string? method)
    {
        _page = page;
        _urlContains = urlContains;
        _method = method;
        Resume();
    }

    /// <summary>
    /// Stops capturing while the listing replays the list call itself: with no handler left, Playwright sends no
    /// response event (and builds no response object) for each replayed call. <see cref="Resume"/> before a click.
    /// </summary>
    public void Pause()
    {
        if (!_listening) return;
        _page.Response -= OnResponse;
        _listening = false;
        Drain();
    }

    /// <summary>Captures again (a no-op while capturing).</summary>
    public void Resume()
    {
        if (_listening) return;
        _page.Response += OnResponse;
        _listening = true;
    }

    /// <summary>Forgets answers nobody read (a reload's duplicates) before the next action.</summary>
    public void Drain()
    {
        while (_responses.Reader.TryRead(out _))
        {
        }
    }

    /// <summary>The next captured answer, or null when none came within <paramref name="wait"/>.</summary>
    public async Task<IResponse?> NextAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(wait);
        try
        {
            return await _responses.Reader.ReadAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private void OnResponse(object? sender, IResponse response)
    {
        if (response.Url.Contains(_urlContains, StringComparison.Ordinal) &&
            (_method is null || string.Equals(response.Request.Method, _method, StringComparison.OrdinalIgnoreCase)))
        {
            _responses.Writer.TryWrite(response);
        }
    }

    public void Dispose() => Pause();
}
