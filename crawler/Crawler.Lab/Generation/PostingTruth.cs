namespace Crawler.Lab.Generation;

/// <summary>How every family's generator states the ground truth of a posting it wrote.</summary>
internal static class PostingTruth
{
    /// <param name="minYears">The experience the requirement states (null: none stated).</param>
    /// <param name="track"><c>experienced</c>, <c>campus</c> or <c>intern</c>: anything but experienced counts as campus.</param>
    /// <param name="tags">The area phrasings the text names.</param>
    /// <param name="role">The role the posting was written from (its go-to-market kind).</param>
    public static LabTruth Of(double? minYears, string track, IEnumerable<AreaTagPhrase> tags, RoleTemplate role) =>
        new(minYears, track != "experienced", [.. tags.Select(t => t.Tag).Order(StringComparer.Ordinal)], role.GoToMarket);
}
