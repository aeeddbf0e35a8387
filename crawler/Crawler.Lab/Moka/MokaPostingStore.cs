using Crawler.Lab.Generation;

namespace Crawler.Lab.Moka;

/// <summary>The jobs of one Moka site, in list order (prior first, then newest), as <c>jobs/v2</c> pages through them.</summary>
internal sealed class MokaPostingStore : LabPostingStore<MokaPost>
{
    private readonly MokaPostingGenerator generator;

    public MokaPostingStore(MokaSiteSpec spec, int seed, int size)
        : base(seed, spec.Id, "moka-mutation")
    {
        Spec = spec;
        generator = new MokaPostingGenerator(spec);
        var random = new Random(StableHash.Seed(seed, spec.Id, "moka-postings"));
        var withoutDescription = Exact(size, spec.NoDescriptionShare, random);
        var sales = ExactCount(size, Math.Min(size, generator.Firm.SalesPostings), random);
        AddStartSet(size, random, (i, published) => generator.Create(random, published, withoutDescription.Contains(i), sales.Contains(i)));

        var ids = Ids.Order(StringComparer.Ordinal).ToList();
        foreach (var index in Exact(size, spec.PauseShare, random))
        {
            var post = Get(ids[index]);
            Replace(MokaPostingGenerator.ToggleStatus(post, post.UpdatedAt));
        }

        Publish();
    }

    public MokaSiteSpec Spec { get; }

    protected override IEnumerable<MokaPost> Order(IEnumerable<MokaPost> online) =>
        online.OrderByDescending(p => p.Prior).ThenByDescending(p => p.Posting.PublishedAt).ThenBy(p => p.Id, StringComparer.Ordinal);

    protected override MokaPost Removed(MokaPost post, DateTimeOffset at) => post with { Online = false, UpdatedAt = at };

    /// <summary>An edit changes the title, the description, the cities or open ↔ pause.</summary>
    protected override MokaPost Edited(MokaPost post, Random random, DateTimeOffset at) => random.Next(4) switch
    {
        0 => MokaPostingGenerator.EditTitle(post, at),
        1 => generator.EditDescription(post, random, at),
        2 => generator.EditCities(post, random, at),
        _ => MokaPostingGenerator.ToggleStatus(post, at),
    };

    protected override MokaPost Created(Random random, DateTimeOffset at) => generator.Create(random, at, withoutDescription: false);

    /// <summary>Exactly round(size × share) distinct indexes, so "11 of 93 paused" holds at the real size.</summary>
    private static HashSet<int> Exact(int size, double share, Random random) => ExactCount(size, (int)Math.Round(size * share), random);

    /// <summary>Exactly <paramref name="count"/> distinct indexes below <paramref name="size"/>.</summary>
    private static HashSet<int> ExactCount(int size, int count, Random random)
    {
        var pool = Enumerable.Range(0, size).ToList();
        return [.. random.TakeFrom(pool, count)];
    }
}
