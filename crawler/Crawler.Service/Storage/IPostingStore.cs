using Crawler.Model;

namespace Crawler.Storage;

/// <summary>Postings as last seen, and every version of their business fields.</summary>
public interface IPostingStore
{
    /// <summary>All postings of a source (active and gone), keyed by posting key.</summary>
    Task<IReadOnlyDictionary<string, StoredPosting>> GetPostingsAsync(string sourceId, CancellationToken cancellationToken);

    /// <summary>
    /// Rewrites postings outside a run, e.g. derived fields recomputed after a rules change. Emits no events
    /// and records no run.
    /// </summary>
    Task SavePostingsAsync(IReadOnlyList<StoredPosting> postings, CancellationToken cancellationToken);

    /// <summary>Every stored version of a posting's business fields, oldest first; empty for an unknown key.</summary>
    Task<IReadOnlyList<PostingVersion>> ListPostingVersionsAsync(string postingKey, CancellationToken cancellationToken);
}
