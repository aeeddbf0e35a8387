namespace Crawler.Model;

/// <summary>Fields derived from a posting for the study's questions; recomputable when the rules change.</summary>
public sealed record DerivedFields
{
    /// <summary>Lower bound of the stated years of experience; 0 for campus or "no experience"; null when unstated.</summary>
    public double? MinYearsExperience { get; init; }
    public bool IsCampus { get; init; }
    /// <summary>Canonical city names (English), districts folded into their city.</summary>
    public IReadOnlyList<string> Cities { get; init; } = [];
    /// <summary>Research-area tags of the study (e.g. <c>coding-agents</c>, <c>voice</c>).</summary>
    public IReadOnlyList<string> AreaTags { get; init; } = [];
    /// <summary><c>b2b-sales</c>, <c>marketing</c>, <c>other-gtm</c> or <c>none</c>.</summary>
    public string GoToMarket { get; init; } = "none";
    /// <summary>Version of the rules that computed these values.</summary>
    public int RulesVersion { get; init; }
}
