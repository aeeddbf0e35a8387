using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Crawler.Browsing;

/// <summary>
/// A context's single route handler: aborts blocked resource types and requests to hosts outside the crawl's
/// allowed hosts, and holds gated requests (documents and API
/// calls) at the <see cref="HostGate"/> until their host has a free slot and its least delay has passed. The slot
/// is given back when the request finishes or fails, or when the context closes.
/// </summary>
internal static class ContextRequestGate
{
    public static async Task AttachAsync(IBrowserContext context, IReadOnlySet<string> blocked, HostAllowList? allowedHosts, HostGate? gate)
    {
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
