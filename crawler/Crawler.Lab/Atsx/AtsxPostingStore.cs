using Crawler.Lab.Generation;

namespace Crawler.Lab.Atsx;

/// <summary>
/// The postings of one site: generated at start, changed only by <see cref="Mutate"/>.
/// Readers get an immutable sorted snapshot, so a search never sees half a mutation.
/// </summary>
internal sealed class AtsxPostingStore
{
    private readonly Lock gate = new();
    private readonly AtsxSiteSpec spec;
    private readonly int seed;

    /// <summary>The lab seed this store was generated from (the detail page's DOM names derive from it too).</summary>
    public int Seed => seed;
    private readonly PostingGenerator generator;
    private readonly Dictionary<string, AtsxPost> byId = [];
    private AtsxPost[] listed;
    private long nextSerial;
    private int mutations;

    public AtsxPostingStore(AtsxSiteSpec spec, int siteIndex, int seed, int size)
    {
        this.spec = spec;
        this.seed = seed;
        generator = new PostingGenerator(spec, siteIndex);
        var random = new Random(StableHash.Seed(seed, spec.Id, "postings"));
        for (var i = 0; i < size; i++)
        {
            var published = PostingGenerator.Snapshot
                - TimeSpan.FromSeconds(random.Next(365 * 86_400))
                - TimeSpan.FromMilliseconds(random.Next(1000));
            Add(generator.Create(nextSerial++, random, published));
        }

        listed = Sorted();
    }

    /// <summary>Listed postings, newest first (the order the search API pages through).</summary>
    public IReadOnlyList<AtsxPost> Listed => Volatile.Read(ref listed);

    /// <summary>A posting by id, listed or removed; null when the id never existed.</summary>
    public AtsxPost? Find(string id)
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
            var mutation = LabMutations.Apply(listed.Select(p => p.Id), add, remove, edit, random,
                id => byId[id] = byId[id] with { Online = false },
                id => byId[id] = random.Next(3) switch
                {
                    0 => generator.EditTitle(byId[id]),
                    1 => generator.EditRequirement(byId[id], random),
                    _ => generator.EditCities(byId[id], random),
                },
                i =>
                {
                    var post = generator.Create(nextSerial++, random, PostingGenerator.Snapshot + TimeSpan.FromHours(index + 1) + TimeSpan.FromMinutes(i));
                    Add(post);
                    return post.Id;
                });
            Volatile.Write(ref listed, Sorted());
            return mutation;
        }
    }

    private void Add(AtsxPost post) => byId.Add(post.Id, post);

    private AtsxPost[] Sorted() =>
    [
        .. byId.Values
            .Where(p => p.Online)
            .OrderByDescending(p => p.Posting.PublishedAt)
            .ThenByDescending(p => p.Id, StringComparer.Ordinal),
    ];
}
