using System.Text.Json;
using Microsoft.Playwright;

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
    private static string? Parameter(JsonAnswer first, JsonAnswer second)
    {
        var a = Query(first.Query);
        var b = Query(second.Query);
        foreach (var key in b.Keys.Union(a.Keys))
        {
            var was = a.GetValueOrDefault(key);
            var now = b.GetValueOrDefault(key);
            if (was != now) return $"{key}: {was ?? "(absent)"} → {now ?? "(absent)"} (query)";
        }

        var x = Body(first.RequestBody);
        var y = Body(second.RequestBody);
        foreach (var key in y.Keys.Union(x.Keys))
        {
            var was = x.GetValueOrDefault(key);
            var now = y.GetValueOrDefault(key);
            if (was != now) return $"{key}: {was ?? "(absent)"} → {now ?? "(absent)"} (request body)";
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
