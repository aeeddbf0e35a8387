namespace Crawler.Lab.Moka;

/// <summary>The one Moka host (app.mokahr.com): every Moka site of the lab, told apart by org and site id.</summary>
internal sealed class MokaTenant(IReadOnlyList<LabSite> sites)
{
    public IReadOnlyList<LabSite> Sites { get; } = sites;

    public LabSite? BySite(string? orgId, long siteId) =>
        Sites.FirstOrDefault(s => s.MokaStore.Spec.SiteId == siteId && (orgId is null || s.MokaStore.Spec.OrgId == orgId));

    /// <summary>The site that owns a job id (a job id belongs to exactly one site), listed or removed.</summary>
    public (LabSite Site, MokaPost Post)? FindJob(string id)
    {
        foreach (var site in Sites)
        {
            if (site.MokaStore.Find(id) is { } post)
            {
                return (site, post);
            }
        }

        return null;
    }
}
