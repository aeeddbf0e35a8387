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
        ArgumentOutOfRangeException.ThrowIfNegative(add);
        ArgumentOutOfRangeException.ThrowIfNegative(remove);
        ArgumentOutOfRangeException.ThrowIfNegative(edit);
        lock (gate)
        {
            var index = mutations++;
            var random = new Random(StableHash.Seed(seed, spec.Id, "mutation", index));
            var pool = listed.Select(p => p.Id).Order(StringComparer.Ordinal).ToList();
            var removed = Take(pool, remove, random);
            foreach (var id in removed)
            {
                byId[id] = byId[id] with { Online = false };
            }

            var edited = Take(pool, edit, random);
            foreach (var id in edited)
            {
                var post = byId[id];
                byId[id] = random.Next(3) switch
                {
                    0 => generator.EditTitle(post),
                    1 => generator.EditRequirement(post, random),
                    _ => generator.EditCities(post, random),
                };
            }

            var added = new List<string>(add);
            for (var i = 0; i < add; i++)
            {
                var published = PostingGenerator.Snapshot + TimeSpan.FromHours(index + 1) + TimeSpan.FromMinutes(i);
                var post = generator.Create(nextSerial++, random, published);
                Add(post);
                added.Add(post.Id);
            }

            Volatile.Write(ref listed, Sorted());
            return new LabMutation(added, removed, edited);
        }
    }

    private static List<string> Take(List<string> pool, int count, Random random)
    {
        var taken = new List<string>(Math.Min(count, pool.Count));
        while (taken.Count < count && pool.Count > 0)
        {
            var at = random.Next(pool.Count);
            taken.Add(pool[at]);
            pool.RemoveAt(at);
        }

        return taken;
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
