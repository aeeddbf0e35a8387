namespace Crawler.Lab.Generation;

/// <summary>
/// The six firms of the study and the fictional Nimbus AI. Areas follow the study's appendix table exactly;
/// go-to-market: Zhipu mostly B2B sales, MiniMax and Moonshot mostly marketing, DeepSeek one sales posting.
/// </summary>
internal static class FirmProfiles
{
    private const string Coding = "coding-agents";
    private const string Roleplay = "roleplay-companion";
    private const string Robotics = "robotics-embodied";
    private const string Science = "ai-for-science";
    private const string Automotive = "automotive-cockpit";
    private const string Multimodal = "multimodal-generation";
    private const string Voice = "voice-speech";
    private const string Hardware = "ai-hardware";

    private static readonly Dictionary<string, FirmProfile> ByCompany = new[]
    {
        new FirmProfile("DeepSeek", [Coding, Roleplay], 0.05, 0.35, 0.185, 0, 0, 0, SalesPostings: 1),
        new FirmProfile("Moonshot", [Coding, Multimodal, Voice], 0.08, 0.40, 0.185, 1, 5, 1),
        new FirmProfile("MiniMax", [Roleplay, Science, Multimodal, Voice], 0.08, 0.40, 0.185, 1, 5, 1),
        new FirmProfile("Zhipu", [Coding, Roleplay, Robotics, Science, Multimodal, Voice], 0.08, 0.40, 0.185, 6, 1, 2),
        new FirmProfile("ByteDance", [Coding, Roleplay, Robotics, Science, Multimodal, Voice, Hardware], 0.08, 0.40, 0.185, 3, 3, 2),
        new FirmProfile("Alibaba", [Coding, Roleplay, Robotics, Science, Automotive, Multimodal, Voice, Hardware], 0.08, 0.45, 0.185, 3, 2, 2),
    }.ToDictionary(p => p.Company, StringComparer.Ordinal);

    /// <summary>Any firm outside the study (Nimbus AI): every area, every role, as the lab generated before.</summary>
    private static readonly FirmProfile Generic = new("", LabVocabulary.AreaTags, 0.08, 0.40, 0.185, 3, 3, 3);

    public static FirmProfile For(string company) => ByCompany.GetValueOrDefault(company) ?? Generic with { Company = company };
}
