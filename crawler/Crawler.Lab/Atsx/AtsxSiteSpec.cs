namespace Crawler.Lab.Atsx;

/// <summary>
/// The fixed shape of one ATSX site: where its page lives and what its requests carry. Other lab families that
/// reuse the ATSX posting generator (Nimbus) set <paramref name="Family"/>.
/// </summary>
internal sealed record AtsxSiteSpec(
    string Id,
    string Tenant,
    string Company,
    string PagePath,
    string WebsitePath,
    string PortalChannel,
    int PortalType,
    int DefaultSize,
    bool IsCampusSite,
    bool RequiresSignature,
    IReadOnlyList<AtsxSubject> Subjects,
    string Family = "atsx");
