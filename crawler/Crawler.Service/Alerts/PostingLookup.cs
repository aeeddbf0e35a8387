using Crawler.Model;
using Crawler.Storage;

namespace Crawler.Alerts;

/// <summary>The stored posting of an event, read per source once per delivery pass (filters on track, tags, text).</summary>
public sealed class PostingLookup(IPostingStore store)
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, StoredPosting>> _bySource = new(StringComparer.Ordinal);

    public async Task<StoredPosting?> FindAsync(ChangeEvent change, CancellationToken cancellationToken)
    {
        if (!_bySource.TryGetValue(change.SourceId, out var postings))
        {
            postings = await store.GetPostingsAsync(change.SourceId, cancellationToken).ConfigureAwait(false);
            _bySource[change.SourceId] = postings;
        }

        return postings.GetValueOrDefault(change.PostingKey);
    }
}
