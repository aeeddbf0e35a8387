using Crawler.Lab.Generation;

namespace Crawler.Lab.Atsx;

/// <summary>The postings of one ATSX site, newest first (the order the search API pages through); an edit does not move the publish time.</summary>
internal sealed class AtsxPostingStore(AtsxSiteSpec spec, int siteIndex, int seed, int size)
    // ATSX publish times carry milliseconds, drawn right after the seconds.
    : SerialPostingStore<AtsxPost>(new PostingGenerator(spec, siteIndex), seed, spec.Id, size,
        (random, published) => published - TimeSpan.FromMilliseconds(random.Next(1000)))
{
    protected override IEnumerable<AtsxPost> Order(IEnumerable<AtsxPost> online) =>
        online.OrderByDescending(p => p.Posting.PublishedAt).ThenByDescending(p => p.Id, StringComparer.Ordinal);
}
