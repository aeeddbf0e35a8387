using System.Globalization;
using Crawler.Model;
using Crawler.Portals.Shared;

namespace Crawler.Portals.Moka;

/// <summary>What the site page's <c>&lt;input id="init-data"&gt;</c> tells us: org, site, AES IV and the total it shows.</summary>
/// <param name="OrgId">Moka org id (<c>moonshot</c>).</param>
/// <param name="SiteId">Site id; a string in <c>jobs/v2</c>, a number in <c>website/job</c>.</param>
/// <param name="IsCampus">The org's site type is campus (<c>org.type</c> <c>camp</c> or <c>mode</c> campus).</param>
/// <param name="AesIv">The IV of every answer (<c>de7c21ed8d6f50fe</c> when the page omits it).</param>
/// <param name="Total">The page's <c>jobStats.total</c>, when present.</param>
public sealed record MokaInitData(string OrgId, long SiteId, bool IsCampus, string AesIv, int? Total)
{
    /// <summary>The IV observed on every real tenant; used only when the page does not carry one.</summary>
    public const string DefaultAesIv = "de7c21ed8d6f50fe";

    public static MokaInitData Parse(string json)
    {
        const string context = "Moka init-data";
        using var document = JsonFields.Parse(json, context);
        var root = document.RootElement;
        var org = JsonFields.Child(root, "org") ?? throw new PortalException($"{context}: no 'org'");
        var orgId = JsonFields.RequiredString(org, "id", context + " org");
        var siteText = JsonFields.OptionalString(root, "siteId", context) ?? JsonFields.OptionalString(org, "siteId", context + " org");
        if (!long.TryParse(siteText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var siteId))
            throw new PortalException($"{context}: 'siteId' is missing or not a number ({siteText ?? "null"})");
        var type = JsonFields.OptionalString(org, "type", context + " org");
        var mode = JsonFields.OptionalString(root, "mode", context);
        var iv = JsonFields.OptionalString(root, "aesIv", context);
        var total = JsonFields.Child(root, "jobStats") is { } stats ? JsonFields.OptionalLong(stats, "total", context) : null;
        return new MokaInitData(orgId, siteId, type == "camp" || mode == "campus", string.IsNullOrEmpty(iv) ? DefaultAesIv : iv, (int?)total);
    }
}
