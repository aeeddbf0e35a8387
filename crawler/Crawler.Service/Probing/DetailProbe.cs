using System.Text.Json;

namespace Crawler.Probing;

/// <summary>What opening one posting showed: its URL, how the app got there, the selectors that prove it, and its own JSON answer.</summary>
internal sealed record DetailResult(string? Url, string? Navigation, string? Ready, string? Content, bool ReadyHasId, JsonAnswer? Answer);

/// <summary>Opens one posting as a person would (clicks its title) and reads what the detail view shows.</summary>
internal static class DetailProbe
{
    public static async Task<DetailResult> RunAsync(IPage page, JsonAnswerRecorder recorder, string id, string title, TimeSpan wait, TimeProvider time, CancellationToken cancellationToken)
    {
        var listUrl = page.Url;
        var documents = 0;
        void OnRequest(object? sender, IRequest request)
        {
            if (request.ResourceType == "document" && request.Frame == page.MainFrame) Interlocked.Increment(ref documents);
        }

        var before = recorder.Latest;
        page.Request += OnRequest;
        try
        {
            if (!await page.EvaluateAsync<bool>(ProbeScripts.ClickTitle, title).ConfigureAwait(false)) return new DetailResult(null, null, null, null, false, null);
            try
            {
                await page.WaitForFunctionAsync("u => location.href !== u", listUrl, new PageWaitForFunctionOptions { Timeout = (float)wait.TotalMilliseconds }).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                return new DetailResult(null, null, null, null, false, null);
            }

            var url = page.Url;
            JsonElement? found = null;
            try
            {
                var handle = await page.WaitForFunctionAsync(ProbeScripts.DetailSelectors, new object[] { title, id }, new PageWaitForFunctionOptions { Timeout = (float)wait.TotalMilliseconds }).ConfigureAwait(false);
                found = await handle.JsonValueAsync<JsonElement>().ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // The title never showed: no ready selector to propose.
            }

            var answer = await recorder.WaitForAsync(a => a.Status is >= 200 and < 300 && Mentions(a.Body.RootElement, id), before, TimeSpan.FromSeconds(1), time, cancellationToken).ConfigureAwait(false);
            var navigation = Volatile.Read(ref documents) > 0 ? "reload" : SameDocument(listUrl, url) ? "hash" : "pushState";
            return found is { } f
                ? new DetailResult(url, navigation, f.GetProperty("ready").GetString(), f.GetProperty("content").GetString(), f.GetProperty("withId").GetBoolean(), answer)
                : new DetailResult(url, navigation, null, null, false, answer);
        }
        finally
        {
            page.Request -= OnRequest;
        }
    }

    private static bool SameDocument(string a, string b) =>
        string.Equals(a.Split('#')[0], b.Split('#')[0], StringComparison.Ordinal);

    /// <summary>True when some string or number in the answer equals the id (the detail call carries its posting's id).</summary>
    private static bool Mentions(JsonElement element, string id) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Take(200).Any(p => Mentions(p.Value, id)),
        JsonValueKind.Array => element.GetArrayLength() <= 3 && element.EnumerateArray().Any(e => Mentions(e, id)),
        JsonValueKind.String => element.GetString() == id,
        JsonValueKind.Number => element.GetRawText() == id,
        _ => false,
    };
}
