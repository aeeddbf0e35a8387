using Crawler.Lab.Hosting;

namespace Crawler.Lab.Generation;

/// <summary>
/// The six firms of the study, as data in <c>Generation/Static/firm-profiles.json</c>, and the fictional Nimbus AI.
/// Areas follow the study's appendix table exactly; go-to-market: Zhipu mostly B2B sales, MiniMax and Moonshot
/// mostly marketing, DeepSeek one sales posting.
/// </summary>
internal static class FirmProfiles
{
    private static readonly Dictionary<string, FirmProfile> ByCompany =
        Load().ToDictionary(p => p.Company, StringComparer.Ordinal);

    /// <summary>Any firm outside the study (Nimbus AI): every area, every role, as the lab generated before.</summary>
    private static readonly FirmProfile Generic = new("", LabVocabulary.AreaTags, 0.08, 0.40, 0.185, 3, 3, 3);

    public static FirmProfile For(string company) => ByCompany.GetValueOrDefault(company) ?? Generic with { Company = company };

    /// <summary>The table, refused at start-up when a firm names an area outside <see cref="LabVocabulary.AreaTags"/>.</summary>
    private static FirmProfile[] Load()
    {
        var profiles = LabResources.ReadJson<FirmProfile[]>("Generation.Static.firm-profiles.json");
        var unknown = profiles.SelectMany(p => p.Areas.Where(a => !LabVocabulary.AreaTags.Contains(a)).Select(a => $"{p.Company}: {a}")).ToList();
        return unknown.Count == 0
            ? profiles
            : throw new InvalidOperationException($"firm-profiles.json names unknown areas: {string.Join(", ", unknown)}");
    }
}
