using System.Text.Json;
using Crawler.Model;

namespace Crawler.Portals.Shared;

/// <summary>
/// A request sent by the page's own <c>fetch</c>, so its cookies, origin and network stack are the page's own.
/// The text of an HTTP 200 comes back; any other status is a <see cref="PortalException"/> carrying it and any
/// <c>Retry-After</c>, a call that outlives <c>timeout</c> a <see cref="TimeoutException"/>, and a request the
/// page could not send at all (CORS, network) a <see cref="PortalException"/> naming why.
/// </summary>
internal static class PageFetch
{
    private const string Script = """
        async ({ url, method, headers, body, credentials, timeoutMs }) => {
          try {
            const response = await fetch(url, {
              method, headers, body: body === null ? undefined : body, credentials,
              signal: AbortSignal.timeout(timeoutMs),
            });
            return { status: response.status, retryAfter: response.headers.get('retry-after'), text: await response.text(), error: null };
          } catch (e) {
            return { status: 0, retryAfter: null, text: null, error: (e && e.name) || 'Error' };
          }
        }
        """;

    /// <summary>Sends the request from <paramref name="page"/>; <paramref name="what"/> starts every failure message.</summary>
    public static async Task<string> SendAsync(
        IPage page, string what, string method, string url, IReadOnlyDictionary<string, string> headers, string? body, TimeSpan timeout, string credentials = "same-origin")
    {
        var result = await page.EvaluateAsync<JsonElement>(Script, new
        {
            url,
            method,
            headers,
            body,
            credentials,
            timeoutMs = (int)timeout.TotalMilliseconds,
        }).ConfigureAwait(false);
        var status = result.GetProperty("status").GetInt32();
        if (status == 0)
        {
            var error = result.GetProperty("error").GetString();
            if (error is "TimeoutError" or "AbortError") throw new TimeoutException($"{what}: no answer of {method} {url} within {timeout.TotalSeconds:0}s (page {page.Url})");
            throw new PortalException($"{what}: the request failed in the page ({error})");
        }

        if (status != 200) throw HttpFailure.Of($"{what}: HTTP {status}", status, result.GetProperty("retryAfter").GetString());
        return result.GetProperty("text").GetString() ?? "";
    }
}
