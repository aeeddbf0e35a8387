using System.Security.Cryptography;
using Crawler.Lab.Hosting;

namespace Crawler.Lab.Atsx;

/// <summary>One tenant host (jobs.bytedance.com, vrfi1sk8a0.jobs.feishu.cn): its sites and the CSRF tokens it issued.</summary>
internal sealed class AtsxTenant(string name, IReadOnlyList<LabSite> sites)
{
    public string Name { get; } = name;

    public IReadOnlyList<LabSite> Sites { get; } = sites;

    /// <summary>The CSRF tokens; base64, so that the cookie needs URL-encoding, as the real one does.</summary>
    public TokenUses Tokens { get; } = new(() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)) + "+/=");

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
