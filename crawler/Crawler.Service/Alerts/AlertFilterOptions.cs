using Crawler.Model;

namespace Crawler.Alerts;

/// <summary>
/// A sink's filter. Every non-empty list must match (AND); within a list any entry may match (OR).
/// Text matching is case-insensitive.
/// </summary>
public sealed class AlertFilterOptions
{
    /// <summary>Event kinds: appeared, changed, disappeared, reappeared. Default (empty): appeared only.</summary>
    public List<ChangeKind> Kinds { get; set; } = [];

    /// <summary>Company names as in the sources (e.g. <c>DeepSeek</c>). Default: any.</summary>
    public List<string> Companies { get; set; } = [];

    /// <summary>Source ids. Default: any.</summary>
    public List<string> Sources { get; set; } = [];

    /// <summary>
    /// Cities, Chinese or English, folded by the same normalizer as the stored derived cities: <c>北京</c>,
    /// <c>Beijing</c> and a district such as <c>海淀区</c> all match <c>Beijing</c>. Default: any.
    /// </summary>
    public List<string> Cities { get; set; } = [];

    /// <summary>Hiring tracks: campus, intern, experienced (read from the stored posting). Default: any.</summary>
    public List<RecruitTrack> Tracks { get; set; } = [];

    /// <summary>Words that must occur in the title, description or requirement (any one). Default: any.</summary>
    public List<string> Keywords { get; set; } = [];

    /// <summary>Research-area tags from the posting's derived fields (e.g. <c>coding-agents</c>). Default: any.</summary>
    public List<string> AreaTags { get; set; } = [];
}
