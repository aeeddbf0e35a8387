using Crawler.Lab;
using Crawler.Model;

namespace Crawler.Tests.Support;

/// <summary>Lab sites as a user would configure them, for worker tests.</summary>
public static class LabSourceDefinitions
{
    public static LabOptions Small(params (string Site, int Size)[] sizes) => new()
    {
        Seed = 11,
        SiteSizes = sizes.ToDictionary(s => s.Site, s => s.Size),
        OnlySites = [.. sizes.Select(s => s.Site)],
    };

    public static SourceDefinition For(LabHost lab, string siteId, TimeSpan? interval = null)
    {
        var site = lab.Site(siteId);
        return new SourceDefinition
        {
            Id = site.Id, Company = site.Company, Platform = site.Family, EntryUrl = site.EntryUrl,
            Interval = interval ?? TimeSpan.FromHours(1), Settings = new Dictionary<string, string>(site.AdapterSettings),
        };
    }

    public static IReadOnlyList<SourceDefinition> All(LabHost lab, TimeSpan? interval = null) =>
        [.. lab.Sites.Select(s => For(lab, s.Id, interval))];
}
