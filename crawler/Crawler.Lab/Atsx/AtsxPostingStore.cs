using Crawler.Lab.Generation;

namespace Crawler.Lab.Atsx;

/// <summary>The postings of one ATSX site, newest first (the order the search API pages through).</summary>
internal sealed class AtsxPostingStore : LabPostingStore<AtsxPost>
{
    private readonly PostingGenerator generator;
    private long nextSerial;

    public AtsxPostingStore(AtsxSiteSpec spec, int siteIndex, int seed, int size)
        : base(seed, spec.Id, "mutation")
    {
        generator = new PostingGenerator(spec, siteIndex);
        var random = new Random(StableHash.Seed(seed, spec.Id, "postings"));
        // ATSX publish times carry milliseconds, drawn right after the seconds.
        AddStartSet(size, random, (_, published) => generator.Create(nextSerial++, random, published - TimeSpan.FromMilliseconds(random.Next(1000))));
        Publish();
    }

    protected override IEnumerable<AtsxPost> Order(IEnumerable<AtsxPost> online) =>
        online.OrderByDescending(p => p.Posting.PublishedAt).ThenByDescending(p => p.Id, StringComparer.Ordinal);

    protected override AtsxPost Removed(AtsxPost post, DateTimeOffset at) => post with { Online = false };

    /// <summary>An edit changes the title, the requirement or the cities; it does not move the publish time.</summary>
    protected override AtsxPost Edited(AtsxPost post, Random random, DateTimeOffset at) => random.Next(3) switch
    {
        0 => generator.EditTitle(post),
        1 => generator.EditRequirement(post, random),
        _ => generator.EditCities(post, random),
    };

    protected override AtsxPost Created(Random random, DateTimeOffset at) => generator.Create(nextSerial++, random, at);
}
