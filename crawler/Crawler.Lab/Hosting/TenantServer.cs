using System.Net;
using Crawler.Lab.Control;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crawler.Lab.Hosting;

/// <summary>One Kestrel application per tenant host, as each real tenant is its own origin.</summary>
internal static class TenantServer
{
    /// <summary>Starts a host on <paramref name="port"/> (0 = any free port) whose pages and API <paramref name="map"/> maps, and binds <paramref name="sites"/> to its origin.</summary>
    public static async Task<WebApplication> StartAsync(
        IReadOnlyList<LabSite> sites, Action<WebApplication> map, LabOptions options, int port, Func<string, LabSite?> findSite, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Parse(options.BindAddress), port));
        builder.Services.AddRouting();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        map(app);
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
