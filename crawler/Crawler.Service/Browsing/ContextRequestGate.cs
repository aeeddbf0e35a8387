using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Crawler.Browsing;

/// <summary>
/// A context's single route handler: aborts blocked resource types and requests to hosts outside the crawl's
/// allowed hosts, and holds gated requests (documents and API
/// calls) at the <see cref="HostGate"/> until their host has a free slot and its least delay has passed. The slot
/// is given back when the request finishes or fails, or when the context closes. With neither a gate nor a host
/// limit (the probe), only URLs that end like a blocked type's files (<c>.png</c>, <c>.woff2</c>, <c>.mp4</c>, …) are
/// routed, matched in Playwright's driver, so the other requests never make the round trip through the worker.
/// </summary>
internal static class ContextRequestGate
{
    /// <summary>The file endings of the resource types blocked by default, for a route the driver matches.</summary>
    private static readonly Dictionary<string, string> Endings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image"] = "png|jpe?g|gif|webp|avif|bmp|ico|svg",
        ["font"] = "woff2?|ttf|otf|eot",
        ["media"] = "mp4|webm|ogg|ogv|mp3|wav|m4a|mov",
    };

    public static async Task AttachAsync(IBrowserContext context, IReadOnlySet<string> blocked, HostAllowList? allowedHosts, HostGate? gate)
    {
        if (gate is { Enabled: false }) gate = null;
        if (gate is null && allowedHosts is null && blocked.All(Endings.ContainsKey))
        {
            if (blocked.Count == 0) return;
            var files = new Regex($@"\.(?:{string.Join("|", blocked.Select(t => Endings[t]))})(?:[?#]|$)", RegexOptions.IgnoreCase);
            await context.RouteAsync(files, route => blocked.Contains(route.Request.ResourceType) ? route.AbortAsync() : route.FallbackAsync()).ConfigureAwait(false);
            return;
        }

        var leases = new ConcurrentDictionary<IRequest, IDisposable>();
        void Leave(IRequest request)
        {
            if (leases.TryRemove(request, out var lease)) lease.Dispose();
        }

        if (gate is not null)
        {
            context.RequestFinished += (_, request) => Leave(request);
            context.RequestFailed += (_, request) => Leave(request);
        }

        context.Close += (_, _) =>
        {
            foreach (var request in leases.Keys) Leave(request);
        };

        await context.RouteAsync("**/*", async route =>
        {
            var request = route.Request;
            if (blocked.Contains(request.ResourceType))
            {
                await route.AbortAsync().ConfigureAwait(false);
                return;
            }

            if (allowedHosts is not null && !allowedHosts.Allows(request.Url))
            {
                await route.AbortAsync("blockedbyclient").ConfigureAwait(false);
                return;
            }

            if (gate is not null && gate.GatedTypes.Contains(request.ResourceType) && Uri.TryCreate(request.Url, UriKind.Absolute, out var url))
            {
                var lease = await gate.EnterAsync(url.Authority, CancellationToken.None).ConfigureAwait(false);
                if (!leases.TryAdd(request, lease)) lease.Dispose();
            }

            try
            {
                await route.FallbackAsync().ConfigureAwait(false);
            }
            catch (PlaywrightException)
            {
                // The page or context went away while the request waited; give its slot back.
                Leave(request);
            }
        }).ConfigureAwait(false);
    }
}
