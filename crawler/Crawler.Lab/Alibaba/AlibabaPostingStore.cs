using Crawler.Lab.Generation;

namespace Crawler.Lab.Alibaba;

/// <summary>
/// The postings of one Alibaba-family site: generated at start, changed only by <see cref="Mutate"/>.
/// Readers get an immutable sorted snapshot, so a search never sees half a mutation.
/// </summary>
internal sealed class AlibabaPostingStore
{
    private readonly Lock gate = new();
    private readonly AlibabaSiteSpec spec;
    private readonly int seed;

    /// <summary>The lab seed this store was generated from (the detail page's DOM names derive from it too).</summary>
    public int Seed => seed;
    private readonly AlibabaPostingGenerator generator;
    private readonly Dictionary<string, AlibabaPost> byId = new(StringComparer.Ordinal);
    private AlibabaPost[] listed;
    private long nextSerial;
    private int mutations;

    public AlibabaPostingStore(AlibabaSiteSpec spec, int siteIndex, int seed, int size)
    {
        this.spec = spec;
        this.seed = seed;
        generator = new AlibabaPostingGenerator(spec, siteIndex);
        var random = new Random(StableHash.Seed(seed, spec.Id, "postings"));
        for (var i = 0; i < size; i++)
        {
            var published = PostingGenerator.Snapshot - TimeSpan.FromSeconds(random.Next(365 * 86_400));
            Add(generator.Create(nextSerial++, random, published));
        }

        listed = Sorted();
    }

    public AlibabaSiteSpec Spec => spec;

    /// <summary>Listed postings, most recently modified first (the order the search pages through).</summary>
    public IReadOnlyList<AlibabaPost> Listed => Volatile.Read(ref listed);

    /// <summary>A posting by id, listed or removed; null when the id never existed.</summary>
    public AlibabaPost? Find(string id)
    {
        lock (gate)
        {
            return byId.GetValueOrDefault(id);
        }
    }

    public LabMutation Mutate(int add, int remove, int edit)
    {
        lock (gate)
        {
            var index = mutations++;
            var random = new Random(StableHash.Seed(seed, spec.Id, "mutation", index));
            var at = PostingGenerator.Snapshot + TimeSpan.FromHours(index + 1);
            var mutation = LabMutations.Apply(listed.Select(p => p.Id), add, remove, edit, random,
                id => byId[id] = byId[id] with { Online = false },
                id => byId[id] = random.Next(3) switch
                {
                    0 => AlibabaPostingGenerator.EditTitle(byId[id], at),
                    1 => AlibabaPostingGenerator.EditRequirement(byId[id], random, at),
                    _ => AlibabaPostingGenerator.EditCities(byId[id], random, at),
                },
                i =>
                {
                    var post = generator.Create(nextSerial++, random, at + TimeSpan.FromMinutes(i));
                    Add(post);
                    return post.Id;
                });
            Volatile.Write(ref listed, Sorted());
            return mutation;
        }
    }

    private void Add(AlibabaPost post) => byId.Add(post.Id, post);

    private AlibabaPost[] Sorted() =>
    [
        .. byId.Values
            .Where(p => p.Online)
            .OrderByDescending(p => p.ModifiedAt)
            .ThenByDescending(p => p.NumericId),
    ];
}
