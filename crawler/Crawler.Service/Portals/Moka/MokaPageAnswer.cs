using System.Text.Json;
using Crawler.Model;
using Crawler.Portals.Shared;

namespace Crawler.Portals.Moka;

/// <summary>
/// Calls the Moka API from inside the site page (<c>fetch</c> on the page's own origin), so cookies, origin
/// and headers are the page's own. Returns the raw answer text; HTTP failures become <see cref="PortalException"/>s
/// carrying the status and any Retry-After, a call that outlives the timeout a <see cref="TimeoutException"/>.
/// </summary>
internal sealed class MokaPageAnswer(IPage page, string orgId, TimeSpan timeout)
{
    public const string ApiBase = "/api/outer/ats-apply/website";

    private const string FetchScript = """
        async ({ url, body, timeoutMs }) => {
          try {
            const response = await fetch(url, {
              method: 'POST',
              headers: { 'content-type': 'application/json;charset=UTF-8' },
              body,
              credentials: 'same-origin',
              signal: AbortSignal.timeout(timeoutMs),
            });
            return { status: response.status, retryAfter: response.headers.get('retry-after'), text: await response.text(), error: null };
          } catch (e) {
            return { status: 0, retryAfter: null, text: null, error: (e && e.name) || 'Error' };
          }
        }
        """;

    /// <summary>POSTs <paramref name="body"/> (JSON text) to <c>{ApiBase}{path}?orgId=…</c> and returns the answer text of a 200.</summary>
    public async Task<string> PostAsync(string path, string body, string what)
    {
        var url = $"{ApiBase}{path}?orgId={Uri.EscapeDataString(orgId)}";
        var result = await page.EvaluateAsync<JsonElement>(FetchScript, new { url, body, timeoutMs = (int)timeout.TotalMilliseconds }).ConfigureAwait(false);
        var status = result.GetProperty("status").GetInt32();
        if (status == 0)
        {
            var error = result.GetProperty("error").GetString();
            if (error is "TimeoutError" or "AbortError") throw new TimeoutException($"{what}: no answer of POST {url} within {timeout.TotalSeconds:0}s (page {page.Url})");
            throw new PortalException($"{what}: the request failed in the page ({error})");
        }

        if (status != 200) throw HttpFailure.Of($"{what}: HTTP {status}", status, result.GetProperty("retryAfter").GetString());

        return result.GetProperty("text").GetString() ?? "";
    }
}
