using System.Net;

namespace Crawler.Browsing;

/// <summary>
/// The hosts one crawl's browser context may reach: the source's entry host and its allowed hosts. When the
/// entry host is loopback (the lab), every loopback host is allowed, since the lab serves tenants on several ports
/// and names. Non-network URLs (data:, blob:, about:) have no host and are always allowed.
/// </summary>
public sealed class HostAllowList
{
    private readonly HashSet<string> _hosts;
    private readonly bool _loopback;

    public HostAllowList(IEnumerable<string> hosts)
    {
        _hosts = new HashSet<string>(hosts.Select(h => h.Trim().TrimEnd('.')), StringComparer.OrdinalIgnoreCase);
        _loopback = _hosts.Any(IsLoopback);
    }

    /// <summary>Whether a request to <paramref name="url"/> may leave the browser.</summary>
    public bool Allows(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return false;
        if (uri.Scheme is not ("http" or "https" or "ws" or "wss")) return true;
        var host = uri.IdnHost.TrimEnd('.');
        return _hosts.Contains(host) || (_loopback && IsLoopback(host));
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ||
        (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
