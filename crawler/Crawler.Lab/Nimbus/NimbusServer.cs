using Crawler.Lab.Hosting;

namespace Crawler.Lab.Nimbus;

/// <summary>The Nimbus AI careers host: its own origin, serving whichever of its two sites were selected.</summary>
internal static class NimbusServer
{
    public static Task<WebApplication> StartAsync(
        IReadOnlyList<LabSite> sites, LabOptions options, int port, Func<string, LabSite?> findSite, CancellationToken cancellationToken) =>
        TenantServer.StartAsync(
            sites,
            app =>
            {
                app.MapNimbus(
                    sites.FirstOrDefault(s => s.Id == NimbusSiteCatalog.ApiSiteId),
                    sites.FirstOrDefault(s => s.Id == NimbusSiteCatalog.DomSiteId),
                    options.TimeProvider);
                if (sites.FirstOrDefault(s => s.Id == NimbusSiteCatalog.BoardSiteId) is { } board) app.MapBoard(board, "board", options.TimeProvider);
                if (sites.FirstOrDefault(s => s.Id == NimbusSiteCatalog.CardsSiteId) is { } cards) app.MapBoard(cards, "cards", options.TimeProvider);
                if (sites.FirstOrDefault(s => s.Id == NimbusSiteCatalog.DetailsSiteId) is { } details) app.MapBoard(details, "details", options.TimeProvider, listTexts: false);
                if (sites.FirstOrDefault(s => s.Id == NimbusSiteCatalog.OpaqueSiteId) is { } opaque) app.MapBoard(opaque, "opaque", options.TimeProvider, opaqueRoute: true);
                if (sites.FirstOrDefault(s => s.Id == NimbusSiteCatalog.PostedSiteId) is { } posted) app.MapBoard(posted, "posted", options.TimeProvider, listTexts: false, postDetail: true);
            },
            options, port, findSite, cancellationToken);
}
