using Crawler.Portals.Declarative;

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
            return new PagingResult("click", selector, answer is null ? null : ListCallFinder.Same(first, answer), answer is null ? null : Parameter(first, answer));
        }

        var start = recorder.Latest;
        await page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)").ConfigureAwait(false);
        var scrolled = await recorder.WaitForAsync(Same, start, wait, time, cancellationToken).ConfigureAwait(false);
        return scrolled is null
            ? new PagingResult("none", null, null, null)
            : new PagingResult("scroll", null, ListCallFinder.Same(first, scrolled), Parameter(first, scrolled));
    }

    /// <summary>
    /// "page: 1 → 2 (request body); …": the first request value that differs between the two list calls, and whether a
    /// crawl could fetch later pages by sending the call again with that value moved (<see cref="ListRequestReplay"/>).
    /// </summary>
    private static string? Parameter(ListCall first, JsonAnswer second)
    {
        var before = Request(first.Answer);
        var after = Request(second);
        if (before.Differences(after) is not [var location, ..]) return null;
        var (name, where) = location.Split(':', 2) switch
        {
            ["query", var n] => (n, "query"),
            [_, var n] => (n.StartsWith("$.", StringComparison.Ordinal) ? n[2..] : n, "request body"),
            _ => (location, "request"),
        };
        var replay = ListRequestReplay.Learn(before, after, second.Url, 1, first.Items.Count, out var why) is null
            ? "; a crawl clicks for every page: " + why
            : "; a crawl fetches later pages by sending this call again with it moved";
        return $"{name}: {before.Fields.GetValueOrDefault(location) ?? "(absent)"} → {after.Fields.GetValueOrDefault(location) ?? "(absent)"} ({where}){replay}";
    }

    private static ListRequest Request(JsonAnswer answer) =>
        ListRequest.Of(answer.Method, answer.Url, answer.RequestBody, answer.RequestContentType is { } type ? new Dictionary<string, string> { ["content-type"] = type } : []);
}
