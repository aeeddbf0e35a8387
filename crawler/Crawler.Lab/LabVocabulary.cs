namespace Crawler.Lab;

/// <summary>The closed vocabularies of <see cref="LabTruth"/>.</summary>
public static class LabVocabulary
{
    /// <summary>Research-area tags, as in the study.</summary>
    public static IReadOnlyList<string> AreaTags { get; } =
    [
        "coding-agents", "roleplay-companion", "robotics-embodied", "ai-for-science",
        "automotive-cockpit", "multimodal-generation", "voice-speech", "ai-hardware",
    ];

    /// <summary>Go-to-market role kinds.</summary>
    public static IReadOnlyList<string> GoToMarket { get; } = ["b2b-sales", "marketing", "other-gtm", "none"];
}
