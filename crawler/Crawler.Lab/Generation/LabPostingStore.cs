namespace Crawler.Lab.Generation;

/// <summary>
/// What every family's posting store shares: postings by id, changed only by <see cref="Mutate"/>, and an
/// immutable listed snapshot readers take without the lock, so a search never sees half a mutation. A family
/// generates its start set, says how its list is ordered and how it removes, edits and creates one posting.
/// </summary>
internal abstract class LabPostingStore<TPost>
    where TPost : LabPost
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, TPost> byId = new(StringComparer.Ordinal);
    private readonly string siteId;
    private readonly string mutationLabel;
    private TPost[] listed = [];
    private int mutations;

    /// <param name="seed">The lab seed.</param>
    /// <param name="siteId">The site id, part of every mutation's seed.</param>
    /// <param name="mutationLabel">The family's label in the mutation seed (kept per family so the generated data stays as it was).</param>
    protected LabPostingStore(int seed, string siteId, string mutationLabel)
    {
        Seed = seed;
        this.siteId = siteId;
        this.mutationLabel = mutationLabel;
    }

    /// <summary>The lab seed this store was generated from (the detail page's DOM names derive from it too).</summary>
    public int Seed { get; }

    /// <summary>Listed postings in the order the family's list call pages through them.</summary>
    public IReadOnlyList<TPost> Listed => Volatile.Read(ref listed);

    /// <summary>A posting by id, listed or removed; null when the id never existed.</summary>
    public TPost? Find(string id)
    {
        lock (gate)
        {
            return byId.GetValueOrDefault(id);
        }
    }

    /// <summary>Removes, edits and adds postings; mutation <c>n</c> happens <c>n</c> hours after the snapshot.</summary>
    public LabMutation Mutate(int add, int remove, int edit)
    {
        lock (gate)
        {
            var index = mutations++;
            var random = new Random(StableHash.Seed(Seed, siteId, mutationLabel, index));
            var at = PostingGenerator.Snapshot + TimeSpan.FromHours(index + 1);
            var mutation = LabMutations.Apply(listed.Select(p => p.Id), add, remove, edit, random,
                id => byId[id] = Removed(byId[id], at),
                id => byId[id] = Edited(byId[id], random, at),
                i => Add(Created(random, at + TimeSpan.FromMinutes(i))).Id);
            Publish();
            return mutation;
        }
    }

    /// <summary>The ids generated so far, listed or not.</summary>
    protected IEnumerable<string> Ids => byId.Keys;

    protected TPost Get(string id) => byId[id];

    /// <summary>
    /// Adds the start set: <paramref name="size"/> postings, posting <c>i</c> created by <paramref name="create"/> with a
    /// publish time drawn from <paramref name="random"/> within the year before the snapshot.
    /// </summary>
    protected void AddStartSet(int size, Random random, Func<int, DateTimeOffset, TPost> create)
    {
        for (var i = 0; i < size; i++)
        {
            Add(create(i, PostingGenerator.Snapshot - TimeSpan.FromSeconds(random.Next(365 * 86_400))));
        }
    }

    protected TPost Add(TPost post)
    {
        byId.Add(post.Id, post);
        return post;
    }

    protected void Replace(TPost post) => byId[post.Id] = post;

    /// <summary>Takes a new listed snapshot: the online postings in the family's order.</summary>
    protected void Publish() => Volatile.Write(ref listed, [.. Order(byId.Values.Where(p => p.Online))]);

    protected abstract IEnumerable<TPost> Order(IEnumerable<TPost> online);

    protected abstract TPost Removed(TPost post, DateTimeOffset at);

    protected abstract TPost Edited(TPost post, Random random, DateTimeOffset at);

    protected abstract TPost Created(Random random, DateTimeOffset at);
}
