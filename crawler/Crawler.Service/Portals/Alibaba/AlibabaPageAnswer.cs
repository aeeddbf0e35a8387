using System.Text.Json.Nodes;
using Crawler.Model;
using Crawler.Portals.Shared;

namespace Crawler.Portals.Alibaba;

/// <summary>
/// Calls the portal's API from inside its own page (same origin), so the session cookies, the CSRF token and
/// whatever the page's anti-bot scripts add are the page's own (portals.md §5.3). The page is opened once and
/// opened again after a 403 (the session or token may have expired).
/// </summary>
internal sealed class AlibabaPageAnswer(IPage page, Uri entryUrl, TimeSpan timeout)
{
    // Token: the XSRF-TOKEN cookie, else window.__sysconfig.__token__. The campus site also wants the header.
    private const string FetchScript = """
        async ({ path, body, timeoutMs }) => {
          const cookie = document.cookie.split(';').map(s => s.trim()).find(s => s.startsWith('XSRF-TOKEN='));
          const token = cookie ? decodeURIComponent(cookie.substring(11)) : (window.__sysconfig && window.__sysconfig.__token__);
          if (!token) return { status: -1, text: 'no XSRF-TOKEN cookie and no window.__sysconfig.__token__ on the page' };
          try {
            const response = await fetch(path + '?_csrf=' + encodeURIComponent(token), {
              method: 'POST', credentials: 'same-origin', body,
              headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': token },
              signal: AbortSignal.timeout(timeoutMs),
            });
            return { status: response.status, retryAfter: response.headers.get('retry-after'), text: await response.text() };
          } catch (e) {
            return { status: 0, text: String(e && e.name === 'TimeoutError' ? 'timeout' : e) };
          }
        }
        """;

    private const string TokenReadyScript =
        "() => document.cookie.includes('XSRF-TOKEN=') || !!(window.__sysconfig && window.__sysconfig.__token__)";

    private bool _open;

    /// <summary>Opens the listing page and waits until the session token is there.</summary>
    public async Task OpenAsync()
    {
        var response = await page.GotoAsync(entryUrl.ToString(), new PageGotoOptions
        {
            WaitUntil = WaitUntilState.Commit,
            Timeout = (float)timeout.TotalMilliseconds,
        }).ConfigureAwait(false);
        if (response is { Status: >= 400 } failed)
        {
            throw new PortalException($"Alibaba listing page {entryUrl} answered HTTP {failed.Status}") { StatusCode = failed.Status };
        }

        try
        {
            await page.WaitForFunctionAsync(TokenReadyScript, null, new PageWaitForFunctionOptions { Timeout = (float)timeout.TotalMilliseconds })
                .ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"Alibaba listing page {page.Url}: waited {timeout.TotalSeconds:0} s for the session token (XSRF-TOKEN cookie or __sysconfig.__token__)", ex);
        }

        _open = true;
    }

    /// <summary>POSTs <paramref name="body"/> to <paramref name="path"/> from the page; any answer but HTTP 200 is a <see cref="PortalException"/>.</summary>
    public async Task<string> PostAsync(string path, JsonObject body)
    {
        if (!_open) await OpenAsync().ConfigureAwait(false);
        var answer = await page.EvaluateAsync<FetchAnswer>(FetchScript, new
        {
            path,
            body = body.ToJsonString(),
            timeoutMs = (int)timeout.TotalMilliseconds,
        }).ConfigureAwait(false);
        switch (answer.Status)
        {
            case 200:
                return answer.Text ?? "";
            case 0:
                throw new TimeoutException($"Alibaba POST {path}: no answer ({answer.Text}) within {timeout.TotalSeconds:0} s (page {page.Url})");
            case -1:
                _open = false;
                throw new PortalException($"Alibaba {path}: {answer.Text}");
            default:
                // 403: no or expired session/token, or the anti-bot layer refused; open the page again before a retry.
                if (answer.Status == 403) _open = false;
                throw HttpFailure.Of($"Alibaba {path} answered HTTP {answer.Status}", answer.Status, answer.RetryAfter);
        }
    }

    private sealed class FetchAnswer
    {
        public int Status { get; set; }
        public string? RetryAfter { get; set; }
        public string? Text { get; set; }
    }
}
