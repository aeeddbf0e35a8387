using Crawler.Lab.Generation;

namespace Crawler.Lab.Alibaba;

/// <summary>The postings of one Alibaba-family site, most recently modified first (the order the search pages through); an edit moves <c>modifyTime</c>.</summary>
internal sealed class AlibabaPostingStore(AlibabaSiteSpec spec, int siteIndex, int seed, int size)
    : SerialPostingStore<AlibabaPost>(new AlibabaPostingGenerator(spec, siteIndex), seed, spec.Id, size)
{
    public AlibabaSiteSpec Spec { get; } = spec;

    protected override IEnumerable<AlibabaPost> Order(IEnumerable<AlibabaPost> online) =>
        online.OrderByDescending(p => p.ModifiedAt).ThenByDescending(p => p.NumericId);
}
