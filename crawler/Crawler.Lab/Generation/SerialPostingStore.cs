namespace Crawler.Lab.Generation;

/// <summary>
/// The store of a family whose generator numbers postings in creation order (ATSX, Alibaba): the start set is
/// drawn from the site's <c>postings</c> seed, a removal only unlists a posting, an edit changes the title, the
/// requirement or the cities, and a new posting takes the next serial. The family says only how its list is ordered.
/// </summary>
internal abstract class SerialPostingStore<TPost> : LabPostingStore<TPost>
    where TPost : LabPost
{
    private readonly ISerialPostingGenerator<TPost> generator;
    private long nextSerial;

    /// <param name="generator">The family's generator for this site.</param>
    /// <param name="seed">The lab seed.</param>
    /// <param name="siteId">The site id, part of every seed.</param>
    /// <param name="size">How many postings the start set has.</param>
    /// <param name="published">Moves a start-set posting's publish time with a further draw (ATSX adds milliseconds); null keeps it.</param>
    protected SerialPostingStore(ISerialPostingGenerator<TPost> generator, int seed, string siteId, int size, Func<Random, DateTimeOffset, DateTimeOffset>? published = null)
        : base(seed, siteId, "mutation")
    {
        this.generator = generator;
        var random = new Random(StableHash.Seed(seed, siteId, "postings"));
        AddStartSet(size, random, (_, at) => generator.Create(nextSerial++, random, published is null ? at : published(random, at)));
        Publish();
    }

    protected override TPost Removed(TPost post, DateTimeOffset at) => (TPost)((LabPost)post with { Online = false });

    protected override TPost Edited(TPost post, Random random, DateTimeOffset at) => random.Next(3) switch
    {
        0 => generator.EditTitle(post, at),
        1 => generator.EditRequirement(post, random, at),
        _ => generator.EditCities(post, random, at),
    };

    protected override TPost Created(Random random, DateTimeOffset at) => generator.Create(nextSerial++, random, at);
}
