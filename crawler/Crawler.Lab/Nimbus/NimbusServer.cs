using Crawler.Lab.Hosting;

namespace Crawler.Lab.Nimbus;

/// <summary>The Nimbus AI careers host: its own origin, serving whichever of its sites were selected, each by the app its row names.</summary>
internal static class NimbusServer
{
    public static Task<WebApplication> StartAsync(
        IReadOnlyList<LabSite> sites, LabOptions options, int port, Func<string, LabSite?> findSite, CancellationToken cancellationToken) =>
        TenantServer.StartAsync(
            sites,
            app =>
            {
                app.MapNimbus(Serving(sites, "careers"), Serving(sites, "jobs"), options.TimeProvider);
                foreach (var site in sites)
                {
                    if (NimbusSiteCatalog.Spec(site.Id) is { App: "board" } board)
                    {
                        app.MapBoard(site, board.BoardName, options.TimeProvider, board.ListTexts, board.PostDetail, board.OpaqueRoute);
                    }
                }
            },
            options, port, findSite, cancellationToken);

    /// <summary>The selected site that <paramref name="app"/> serves; null when it was not selected.</summary>
    private static LabSite? Serving(IReadOnlyList<LabSite> sites, string app) => sites.FirstOrDefault(s => NimbusSiteCatalog.Spec(s.Id).App == app);
}
