using Crawler.Lab.Alibaba;
using Crawler.Lab.Atsx;
using Crawler.Lab.Hosting;
using Crawler.Lab.Moka;
using Crawler.Lab.Nimbus;

namespace Crawler.Lab;

/// <summary>
/// The running lab: one local web server per tenant host (ByteDance, MiniMax, one Moka host for DeepSeek,
/// Moonshot and Zhipu, each Alibaba BU site, Nimbus), each serving the pages and API of its sites with
/// deterministic postings. Dispose to stop every server.
/// </summary>
public sealed class LabHost : IAsyncDisposable
{
    private readonly List<WebApplication> apps;
    private readonly Dictionary<string, LabSite> byId;

    private LabHost(IReadOnlyList<LabSite> sites, List<WebApplication> apps)
    {
        Sites = sites;
        this.apps = apps;
        byId = sites.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>Every site served, in catalogue order.</summary>
    public IReadOnlyList<LabSite> Sites { get; }

    /// <summary>Generates the postings and starts one server per tenant that has a selected site.</summary>
    public static async Task<LabHost> StartAsync(LabOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var known = AtsxSiteCatalog.All.Concat(NimbusSiteCatalog.All).Select(s => s.Id)
            .Concat(MokaSiteCatalog.All.Select(s => s.Id)).Concat(AlibabaSiteCatalog.All.Select(s => s.Id))
            .ToHashSet(StringComparer.Ordinal);
        var unknown = (options.OnlySites ?? []).Concat(options.SiteSizes.Keys).Where(id => !known.Contains(id)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown lab site(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", known)}.", nameof(options));
        }

        var negative = options.SiteSizes.Where(kv => kv.Value < 0).Select(kv => kv.Key).ToList();
        if (negative.Count > 0)
        {
            throw new ArgumentException($"Lab site size must not be negative: {string.Join(", ", negative)}.", nameof(options));
        }

        var sites = new List<LabSite>();
        var tenants = new List<AtsxTenant>();
        foreach (var group in AtsxSiteCatalog.All.Select((spec, index) => (spec, index)).GroupBy(x => x.spec.Tenant))
        {
            var tenantSites = group
                .Where(x => options.OnlySites is null || options.OnlySites.Contains(x.spec.Id))
                .Select(x => new LabSite(x.spec, new AtsxPostingStore(x.spec, x.index, options.Seed, options.SiteSizes.GetValueOrDefault(x.spec.Id, x.spec.DefaultSize))))
                .ToList();
            if (tenantSites.Count > 0)
            {
                sites.AddRange(tenantSites);
                tenants.Add(new AtsxTenant(group.Key, tenantSites));
            }
        }

        // Every Moka site lives on one host, as on app.mokahr.com.
        var mokaSites = MokaSiteCatalog.All
            .Where(spec => options.OnlySites is null || options.OnlySites.Contains(spec.Id))
            .Select(spec => new LabSite(new MokaPostingStore(spec, options.Seed, options.SiteSizes.GetValueOrDefault(spec.Id, spec.DefaultSize))))
            .ToList();
        sites.AddRange(mokaSites);

        var nimbus = NimbusSiteCatalog.All.Select((spec, index) => (spec, index))
            .Where(x => options.OnlySites is null || options.OnlySites.Contains(x.spec.Id))
            .Select(x => new LabSite(x.spec, new AtsxPostingStore(x.spec, NimbusSiteCatalog.FirstSiteIndex + x.index, options.Seed,
                options.SiteSizes.GetValueOrDefault(x.spec.Id, x.spec.DefaultSize)), NimbusSettings.For(x.spec.Id)))
            .ToList();
        sites.AddRange(nimbus);

        // Alibaba BU sites: one host each, after the ATSX tenants.
        var alibaba = AlibabaSiteCatalog.All
            .Select((spec, index) => (spec, index))
            .Where(x => options.OnlySites is null || options.OnlySites.Contains(x.spec.Id))
            .Select(x => new AlibabaTenant(new LabSite(x.spec, new AlibabaPostingStore(x.spec, x.index, options.Seed, options.SiteSizes.GetValueOrDefault(x.spec.Id, x.spec.DefaultSize)))))
            .ToList();
        sites.AddRange(alibaba.Select(t => t.Site));

        var apps = new List<WebApplication>();
        var host = new LabHost(sites, apps);
        try
        {
            for (var i = 0; i < tenants.Count; i++)
            {
                var port = options.BasePort == 0 ? 0 : options.BasePort + i;
                var tenant = tenants[i];
                apps.Add(await TenantServer.StartAsync(tenant.Sites, app => app.MapAtsxTenant(tenant, options.TimeProvider), options, port, host.Find, cancellationToken));
            }

            // Extra hosts take the ports after the ATSX tenants' when a base port is set.
            var nextPort = tenants.Count;
            if (mokaSites.Count > 0)
            {
                var port = options.BasePort == 0 ? 0 : options.BasePort + nextPort++;
                var moka = new MokaTenant(mokaSites);
                apps.Add(await TenantServer.StartAsync(mokaSites, app => app.MapMokaTenant(moka, options.TimeProvider), options, port, host.Find, cancellationToken));
            }

            if (nimbus.Count > 0)
            {
                apps.Add(await NimbusServer.StartAsync(nimbus, options, options.BasePort == 0 ? 0 : options.BasePort + nextPort++, host.Find, cancellationToken));
            }

            for (var i = 0; i < alibaba.Count; i++)
            {
                var port = options.BasePort == 0 ? 0 : options.BasePort + nextPort++;
                var tenant = alibaba[i];
                apps.Add(await TenantServer.StartAsync([tenant.Site], app => app.MapAlibabaTenant(tenant, options.TimeProvider), options, port, host.Find, cancellationToken));
            }
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    /// <summary>The site with this id; throws <see cref="KeyNotFoundException"/> naming the id when it is not served.</summary>
    public LabSite Site(string id) =>
        byId.TryGetValue(id, out var site)
            ? site
            : throw new KeyNotFoundException($"The lab serves no site '{id}'. Served: {string.Join(", ", byId.Keys)}.");

    public async ValueTask DisposeAsync()
    {
        foreach (var app in apps)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        apps.Clear();
    }

    private LabSite? Find(string id) => byId.GetValueOrDefault(id);
}
