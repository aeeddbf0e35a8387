using Crawler.Lab.Generation;

namespace Crawler.Lab.Alibaba;

/// <summary>The postings of one Alibaba-family site, most recently modified first (the order the search pages through).</summary>
internal sealed class AlibabaPostingStore : LabPostingStore<AlibabaPost>
{
    private readonly AlibabaPostingGenerator generator;
    private long nextSerial;

    public AlibabaPostingStore(AlibabaSiteSpec spec, int siteIndex, int seed, int size)
        : base(seed, spec.Id, "mutation")
    {
        Spec = spec;
        generator = new AlibabaPostingGenerator(spec, siteIndex);
        var random = new Random(StableHash.Seed(seed, spec.Id, "postings"));
        AddStartSet(size, random, (_, published) => generator.Create(nextSerial++, random, published));
        Publish();
    }

    public AlibabaSiteSpec Spec { get; }

    protected override IEnumerable<AlibabaPost> Order(IEnumerable<AlibabaPost> online) =>
        online.OrderByDescending(p => p.ModifiedAt).ThenByDescending(p => p.NumericId);

    protected override AlibabaPost Removed(AlibabaPost post, DateTimeOffset at) => post with { Online = false };

    /// <summary>An edit changes the title, the requirement or the cities, and moves <c>modifyTime</c>.</summary>
    protected override AlibabaPost Edited(AlibabaPost post, Random random, DateTimeOffset at) => random.Next(3) switch
    {
        0 => AlibabaPostingGenerator.EditTitle(post, at),
        1 => AlibabaPostingGenerator.EditRequirement(post, random, at),
        _ => AlibabaPostingGenerator.EditCities(post, random, at),
    };

    protected override AlibabaPost Created(Random random, DateTimeOffset at) => generator.Create(nextSerial++, random, at);
}
