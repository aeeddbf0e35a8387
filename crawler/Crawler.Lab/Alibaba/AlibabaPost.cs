using Crawler.Lab.Generation;

namespace Crawler.Lab.Alibaba;

/// <summary>
/// A generated posting with everything the Alibaba JSON needs beyond the ground truth. Once removed it is gone
/// from search, and the detail answers <c>content:null</c>.
/// </summary>
internal sealed record AlibabaPost : LabPost
{

    /// <summary>The numeric id the portal sends (<c>100022920010</c>); <see cref="LabPosting.Id"/> is its string form.</summary>
    public required long NumericId { get; init; }

    public required AlibabaCategory Leaf { get; init; }

    /// <summary><c>freshman</c> or <c>internship</c> on campus; null on social sites, as in the real samples.</summary>
    public string? CategoryType { get; init; }

    public AlibabaBatch? Batch { get; init; }

    /// <summary><c>experience.from</c>; null when the text states none.</summary>
    public int? ExperienceFrom { get; init; }

    /// <summary><c>bachelor</c>, <c>master</c>, <c>doctorate</c> or <c>college</c>.</summary>
    public required string Degree { get; init; }

    /// <summary><c>modifyTime</c>; an edit moves it.</summary>
    public required DateTimeOffset ModifiedAt { get; init; }
}
