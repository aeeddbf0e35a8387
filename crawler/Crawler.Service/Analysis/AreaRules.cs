namespace Crawler.Analysis;

/// <summary>
/// The study's research-area rules as loaded from <c>Analysis/area-rules.json</c> (see
/// <see cref="AreaRulesLoader"/>). <see cref="Version"/> is stamped on every derived record.
/// </summary>
public sealed record AreaRules(int Version, IReadOnlyList<AreaRule> Areas)
{
    /// <summary>File name of the rules, relative to the application directory.</summary>
    public const string DefaultRelativePath = "Analysis/area-rules.json";
}
