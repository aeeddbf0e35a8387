namespace Crawler.Analysis;

/// <summary>One research area of the study and the keywords that tag a posting with it.</summary>
/// <param name="Tag">Stable tag written to postings, e.g. <c>coding-agents</c>.</param>
/// <param name="Name">Human name for reports, e.g. "Coding agents".</param>
/// <param name="Keywords">Chinese and English keywords (see the rules file's <c>about</c> for the syntax).</param>
public sealed record AreaRule(string Tag, string Name, IReadOnlyList<string> Keywords);
