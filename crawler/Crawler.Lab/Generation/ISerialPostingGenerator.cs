namespace Crawler.Lab.Generation;

/// <summary>
/// A family generator that numbers postings in creation order and edits one of three things (ATSX, Alibaba);
/// <see cref="SerialPostingStore{TPost}"/> drives it. <c>at</c> is when the edit happens, for families that show a modify time.
/// </summary>
internal interface ISerialPostingGenerator<TPost>
    where TPost : LabPost
{
    TPost Create(long serial, Random random, DateTimeOffset publishedAt);

    /// <summary>A real business change to the title: a marker added or dropped.</summary>
    TPost EditTitle(TPost post, DateTimeOffset at);

    /// <summary>A rewritten requirement; the truth follows the experience it now states.</summary>
    TPost EditRequirement(TPost post, Random random, DateTimeOffset at);

    /// <summary>The posting moved to a different set of cities.</summary>
    TPost EditCities(TPost post, Random random, DateTimeOffset at);
}
