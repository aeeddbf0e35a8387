using Crawler.Model;
using Crawler.Storage;

namespace Crawler.Analysis.Reporting;

/// <summary>What the study report is built from: every stored posting of every source the store knows, gone ones included.</summary>
public static class StoredPostings
{
    public static async Task<List<StoredPosting>> AllAsync(ICrawlStore store, CancellationToken cancellationToken)
    {
        var all = new List<StoredPosting>();
        foreach (var state in await store.ListSourceStatesAsync(cancellationToken).ConfigureAwait(false))
        {
            all.AddRange((await store.GetPostingsAsync(state.SourceId, cancellationToken).ConfigureAwait(false)).Values);
        }

        return all;
    }
}
