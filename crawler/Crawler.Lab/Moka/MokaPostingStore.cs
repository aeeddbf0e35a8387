using Crawler.Lab.Generation;

namespace Crawler.Lab.Moka;

/// <summary>
/// The jobs of one Moka site: generated at start, changed only by <see cref="Mutate"/>. Readers get an
/// immutable snapshot in list order (prior first, then newest), so a page never sees half a mutation.
/// </summary>
internal sealed class MokaPostingStore
{
    private readonly Lock gate = new();
    private readonly MokaSiteSpec spec;
    private readonly int seed;

    /// <summary>The lab seed this store was generated from (the detail page's DOM names derive from it too).</summary>
    public int Seed => seed;
    private readonly MokaPostingGenerator generator;
    private readonly Dictionary<string, MokaPost> byId = new(StringComparer.Ordinal);
    private MokaPost[] listed;
    private int mutations;

    public MokaPostingStore(MokaSiteSpec spec, int seed, int size)
    {
        this.spec = spec;
        this.seed = seed;
        generator = new MokaPostingGenerator(spec);
        var random = new Random(StableHash.Seed(seed, spec.Id, "moka-postings"));
        var withoutDescription = Exact(size, spec.NoDescriptionShare, random);
        for (var i = 0; i < size; i++)
        {
            var published = PostingGenerator.Snapshot - TimeSpan.FromSeconds(random.Next(365 * 86_400));
            var post = generator.Create(random, published, withoutDescription.Contains(i));
            byId.Add(post.Id, post);
        }

        var ids = byId.Keys.Order(StringComparer.Ordinal).ToList();
        foreach (var index in Exact(size, spec.PauseShare, random))
        {
            byId[ids[index]] = MokaPostingGenerator.ToggleStatus(byId[ids[index]], byId[ids[index]].UpdatedAt);
        }

        listed = Sorted();
    }

    public MokaSiteSpec Spec => spec;

    /// <summary>Listed jobs in the order <c>jobs/v2</c> pages through them.</summary>
    public IReadOnlyList<MokaPost> Listed => Volatile.Read(ref listed);

    /// <summary>A job by id, listed or removed; null when the id never existed on this site.</summary>
    public MokaPost? Find(string id)
    {
        lock (gate)
        {
            return byId.GetValueOrDefault(id);
        }
    }

    /// <summary>Adds, removes and edits jobs; an edit changes the title, the description, the cities or open ↔ pause.</summary>
    public LabMutation Mutate(int add, int remove, int edit)
    {
        lock (gate)
        {
            var index = mutations++;
            var at = PostingGenerator.Snapshot + TimeSpan.FromHours(index + 1);
            var random = new Random(StableHash.Seed(seed, spec.Id, "moka-mutation", index));
            var mutation = LabMutations.Apply(listed.Select(p => p.Id), add, remove, edit, random,
                id => byId[id] = byId[id] with { Online = false, UpdatedAt = at },
                id => byId[id] = random.Next(4) switch
                {
                    0 => MokaPostingGenerator.EditTitle(byId[id], at),
                    1 => generator.EditDescription(byId[id], random, at),
                    2 => generator.EditCities(byId[id], random, at),
                    _ => MokaPostingGenerator.ToggleStatus(byId[id], at),
                },
                i =>
                {
                    var post = generator.Create(random, at + TimeSpan.FromMinutes(i), withoutDescription: false);
                    byId.Add(post.Id, post);
                    return post.Id;
                });
            Volatile.Write(ref listed, Sorted());
            return mutation;
        }
    }

    /// <summary>Exactly round(size × share) distinct indexes, so "11 of 93 paused" holds at the real size.</summary>
    private static HashSet<int> Exact(int size, double share, Random random)
    {
        var pool = Enumerable.Range(0, size).ToList();
        return [.. random.TakeFrom(pool, (int)Math.Round(size * share))];
    }

    private MokaPost[] Sorted() =>
    [
        .. byId.Values
            .Where(p => p.Online)
            .OrderByDescending(p => p.Prior)
            .ThenByDescending(p => p.Posting.PublishedAt)
            .ThenBy(p => p.Id, StringComparer.Ordinal),
    ];
}
