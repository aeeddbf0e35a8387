using Crawler.Storage;

namespace Crawler.Exports;

/// <summary>Reads what <c>crawler export</c> writes from the store: every posting of every source, or the event log.</summary>
public static class StoreExport
{
    private const int Page = 1000;

    /// <summary>Postings last seen at or after <paramref name="since"/> (all when null), by source then key.</summary>
    public static async IAsyncEnumerable<ExportRow> PostingsAsync(ICrawlStore store, DateTimeOffset? since, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sources = await store.ListSourceStatesAsync(cancellationToken).ConfigureAwait(false);
        foreach (var source in sources.OrderBy(s => s.SourceId, StringComparer.Ordinal))
        {
            var postings = await store.GetPostingsAsync(source.SourceId, cancellationToken).ConfigureAwait(false);
            foreach (var posting in postings.Values.Where(p => since is null || p.LastSeen >= since).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                yield return ExportRows.Posting(posting);
            }
        }
    }

    /// <summary>Events created at or after <paramref name="since"/> (all when null), oldest first.</summary>
    public static async IAsyncEnumerable<ExportRow> EventsAsync(IEventLog store, DateTimeOffset? since, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = 0L;
        while (true)
        {
            var page = await store.ListEventsAsync(new EventQuery { AfterSequence = after, Limit = Page }, cancellationToken).ConfigureAwait(false);
            foreach (var change in page.Where(e => since is null || e.CreatedAt >= since)) yield return ExportRows.Event(change);
            if (page.Count < Page) yield break;
            after = page[^1].Sequence;
        }
    }
}
