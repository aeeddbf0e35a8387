namespace Crawler.Lab.Atsx;

/// <summary>One tenant host (jobs.bytedance.com, vrfi1sk8a0.jobs.feishu.cn): its sites and the CSRF tokens it issued.</summary>
internal sealed class AtsxTenant(string name, IReadOnlyList<LabSite> sites)
{
    public string Name { get; } = name;

    public IReadOnlyList<LabSite> Sites { get; } = sites;

    public AtsxCsrfTokens Tokens { get; } = new();

    /// <summary>True when the tenant rejects unsigned API calls (MiniMax's Feishu tenant).</summary>
    public bool RequiresSignature => Sites.Any(s => s.Spec.RequiresSignature);

    public LabSite? ByWebsitePath(string? websitePath) => Sites.FirstOrDefault(s => s.Spec.WebsitePath == websitePath);

    /// <summary>The site a page path belongs to (used to attribute calls that carry only a referer).</summary>
    public LabSite? ByReferer(string? referer) =>
        Uri.TryCreate(referer, UriKind.Absolute, out var uri)
            ? Sites.FirstOrDefault(s => uri.AbsolutePath.StartsWith(s.Spec.PagePath, StringComparison.Ordinal))
            : null;

    public (LabSite Site, AtsxPost Post)? FindPost(string id)
    {
        foreach (var site in Sites)
        {
            if (site.Store.Find(id) is { } post)
            {
                return (site, post);
            }
        }

        return null;
    }
}
