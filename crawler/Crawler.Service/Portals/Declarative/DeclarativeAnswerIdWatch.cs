using System.Text.Json;

namespace Crawler.Portals.Declarative;

/// <summary>
/// Records the JSON answers a page receives while one click-only card is open, so the posting id can be read from
/// the detail's own answer (<c>detail.idFromAnswer</c>) when neither the DOM nor the detail URL shows it. The answer
/// is the one carrying the card's title: a configuration or list call fetched meanwhile is never taken for it.
/// </summary>
internal sealed class DeclarativeAnswerIdWatch : IDisposable
{
    private readonly IPage _page;
    private readonly List<Task<string?>> _bodies = [];
    private readonly Lock _gate = new();

    public DeclarativeAnswerIdWatch(IPage page)
    {
        _page = page;
        _page.Response += OnResponse;
    }

    public void Dispose() => _page.Response -= OnResponse;

    /// <summary>The value at <paramref name="idPath"/> of the first answer that carries <paramref name="title"/>; null when none does.</summary>
    public async Task<string?> IdAsync(JsonDotPath idPath, string title)
    {
        Task<string?>[] bodies;
        lock (_gate) bodies = [.. _bodies];
        foreach (var body in await Task.WhenAll(bodies).ConfigureAwait(false))
        {
            if (body is null) continue;
            try
            {
                using var document = JsonDocument.Parse(body);
                if (!Carries(document.RootElement, title.Trim(), 0)) continue;
                if (idPath.Select(document.RootElement).Select(DeclarativePostingParser.Text).FirstOrDefault(v => !string.IsNullOrEmpty(v)) is { } id) return id;
            }
            catch (JsonException)
            {
                // Not JSON after all: not the detail answer.
            }
        }

        return null;
    }

    /// <summary>How many answers were seen, for messages.</summary>
    public int Count
    {
        get
        {
            lock (_gate) return _bodies.Count;
        }
    }

    private void OnResponse(object? sender, IResponse response)
    {
        if (response.Request.ResourceType is not ("fetch" or "xhr") || response.Status >= 400) return;
        if (!response.Headers.TryGetValue("content-type", out var type) || !type.Contains("json", StringComparison.OrdinalIgnoreCase)) return;
        lock (_gate) _bodies.Add(ReadAsync(response));
    }

    private static async Task<string?> ReadAsync(IResponse response)
    {
        try
        {
            return await response.TextAsync().ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            return null; // the page navigated away before the body was read
        }
    }

    private static bool Carries(JsonElement element, string title, int depth) => depth <= 8 && element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Any(p => Carries(p.Value, title, depth + 1)),
        JsonValueKind.Array => element.EnumerateArray().Take(50).Any(e => Carries(e, title, depth + 1)),
        JsonValueKind.String => string.Equals(element.GetString()?.Trim(), title, StringComparison.Ordinal),
        _ => false,
    };
}
