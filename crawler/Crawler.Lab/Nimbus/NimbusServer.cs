using System.Net;
using Crawler.Lab.Control;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crawler.Lab.Nimbus;

/// <summary>The Nimbus AI careers host: its own origin, serving whichever of its two sites were selected.</summary>
internal static class NimbusServer
{
    public static async Task<WebApplication> StartAsync(
        IReadOnlyList<LabSite> sites, LabOptions options, int port, Func<string, LabSite?> findSite, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Parse(options.BindAddress), port));
        builder.Services.AddRouting();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        app.MapNimbus(sites.FirstOrDefault(s => s.Id == NimbusSiteCatalog.ApiSiteId), sites.FirstOrDefault(s => s.Id == NimbusSiteCatalog.DomSiteId), options.TimeProvider);
        app.MapLabControl(findSite);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var bound = new Uri(address);
        var host = IPAddress.Parse(options.BindAddress).Equals(IPAddress.Any) ? "127.0.0.1" : bound.Host;
        var origin = new UriBuilder(bound.Scheme, host, bound.Port).Uri;
        foreach (var site in sites)
        {
            site.Bind(origin);
        }

        return app;
    }
}
