namespace Crawler.Lab.Moka;

/// <summary>The fixed shape of one Moka site: its org and site ids, where its page lives and its tenant quirks.</summary>
/// <param name="Id">Lab site id, e.g. <c>moonshot-campus</c>.</param>
/// <param name="Company">Firm the postings belong to.</param>
/// <param name="OrgId">Moka org id (<c>high-flyer</c>, <c>moonshot</c>, <c>zphz</c>).</param>
/// <param name="OrgDisplayName">The org's display name in <c>init-data</c>.</param>
/// <param name="SiteId">Numeric site id (a string in <c>jobs/v2</c>, a number in <c>website/job</c>).</param>
/// <param name="IsCampusSite">Campus site (<c>campus-recruitment</c>, <c>hireMode</c> 2) or social (<c>hireMode</c> 1).</param>
/// <param name="DefaultSize">Jobs listed when the lab is started without a size for this site (the real size).</param>
/// <param name="ListOmitsDates">DeepSeek: list rows lack <c>publishedAt</c> and <c>commitment</c>; only the detail call has them.</param>
/// <param name="FixedDeptId">DeepSeek: every row has this <c>deptId</c>.</param>
/// <param name="PauseShare">Share of jobs in status <c>pause</c> (Moonshot campus: 11 of 93).</param>
/// <param name="NoDescriptionShare">Share of jobs without any description (Zhipu campus: 5 of 23).</param>
internal sealed record MokaSiteSpec(
    string Id,
    string Company,
    string OrgId,
    string OrgDisplayName,
    long SiteId,
    bool IsCampusSite,
    int DefaultSize,
    bool ListOmitsDates = false,
    long? FixedDeptId = null,
    double PauseShare = 0,
    double NoDescriptionShare = 0)
{
    /// <summary>Observed as this value on every real tenant; the page carries it as <c>aesIv</c>.</summary>
    public const string DefaultAesIv = "de7c21ed8d6f50fe";

    /// <summary>The IV this site's page announces and its answers are encrypted with.</summary>
    public string AesIv { get; init; } = DefaultAesIv;

    /// <summary><c>/social-recruitment/{org}/{site}</c> or <c>/campus-recruitment/{org}/{site}</c>.</summary>
    public string PagePath => $"/{(IsCampusSite ? "campus" : "social")}-recruitment/{OrgId}/{SiteId}";

    /// <summary>The <c>site</c> field of the list body and <c>org.type</c>'s counterpart.</summary>
    public string SiteKind => IsCampusSite ? "campus" : "social";
}
