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

    private static readonly Dictionary<string, string> Headers = new() { ["content-type"] = "application/json;charset=UTF-8" };

    /// <summary>POSTs <paramref name="body"/> (JSON text) to <c>{ApiBase}{path}?orgId=…</c> and returns the answer text of a 200.</summary>
    public async Task<string> PostAsync(string path, string body, string what)
    {
        var url = $"{ApiBase}{path}?orgId={Uri.EscapeDataString(orgId)}";
        return await PageFetch.SendAsync(page, what, "POST", url, Headers, body, timeout).ConfigureAwait(false);
    }
}
