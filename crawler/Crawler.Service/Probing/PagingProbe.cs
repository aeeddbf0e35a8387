using System.Text.Json;

namespace Crawler.Probing;

/// <summary>What trying the next page showed: how the page got there, the control, the second answer and the parameter that changed.</summary>
internal sealed record PagingResult(string Kind, string? Selector, ListCall? Second, string? Parameter);

/// <summary>
/// Tries the next page as a person would: the visible "下一页 / 加载更多 / Next" control, else scrolling to the
/// bottom, and watches for another answer of the list call; then names the request parameter that moved.
/// </summary>
internal static class PagingProbe
{
    public static async Task<PagingResult> RunAsync(IPage page, JsonAnswerRecorder recorder, ListCall first, TimeSpan wait, TimeProvider time, CancellationToken cancellationToken)
    {
        bool Same(JsonAnswer a) => a.Path == first.Answer.Path && a.Method == first.Answer.Method;
        var selector = await page.EvaluateAsync<string?>(ProbeScripts.NextControl).ConfigureAwait(false);
        if (selector is not null)
        {
            var before = recorder.Latest;
            try
            {
                await page.Locator(selector).First.ClickAsync(new LocatorClickOptions { Timeout = (float)wait.TotalMilliseconds }).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
            {
                return new PagingResult("click", selector, null, null);
            }

            var answer = await recorder.WaitForAsync(Same, before, wait, time, cancellationToken).ConfigureAwait(false);
            return new PagingResult("click", selector, answer is null ? null : ListCallFinder.Same(first, answer), answer is null ? null : Parameter(first.Answer, answer));
        }

        var start = recorder.Latest;
        await page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)").ConfigureAwait(false);
        var scrolled = await recorder.WaitForAsync(Same, start, wait, time, cancellationToken).ConfigureAwait(false);
        return scrolled is null
            ? new PagingResult("none", null, null, null)
            : new PagingResult("scroll", null, ListCallFinder.Same(first, scrolled), Parameter(first.Answer, scrolled));
    }

    /// <summary>"page: 1 → 2 (request body)", "cursor (query, added)", …: the first request value that differs.</summary>
    private static string? Parameter(JsonAnswer first, JsonAnswer second) =>
        Difference(Query(first.Query), Query(second.Query), "query")
        ?? Difference(Body(first.RequestBody), Body(second.RequestBody), "request body");

    private static string? Difference(Dictionary<string, string> before, Dictionary<string, string> after, string where)
    {
        foreach (var key in after.Keys.Union(before.Keys))
        {
            var was = before.GetValueOrDefault(key);
            var now = after.GetValueOrDefault(key);
            if (was != now) return $"{key}: {was ?? "(absent)"} → {now ?? "(absent)"} ({where})";
        }

        return null;
    }

    private static Dictionary<string, string> Query(string query) =>
        query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
            .GroupBy(p => Uri.UnescapeDataString(p[0])).ToDictionary(g => g.Key, g => g.Last().Length > 1 ? Uri.UnescapeDataString(g.Last()[1]) : "");

    private static Dictionary<string, string> Body(string? body)
    {
        try
        {
            using var document = JsonDocument.Parse(body ?? "");
            return document.RootElement.ValueKind != JsonValueKind.Object
                ? []
                : document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText());
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
