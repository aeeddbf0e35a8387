using System.Collections.Concurrent;
using Crawler.Model;
using Crawler.Storage;

namespace Crawler.Alerts;

/// <summary>
/// Tells whether an event came from its source's first crawl: the run of the source's earliest event. A run
/// commits its events in one transaction, and a failed first try commits none, so this is the first crawl
/// that saw anything (the runs list would also show failed tries). Cached: a first crawl never changes.
/// </summary>
public sealed class FirstCrawlLookup(IEventLog store)
{
    private readonly ConcurrentDictionary<string, string> _firstRuns = new(StringComparer.Ordinal);

    public async Task<bool> IsFirstCrawlAsync(ChangeEvent change, CancellationToken cancellationToken)
    {
        if (change.Kind != ChangeKind.Appeared) return false;
        if (!_firstRuns.TryGetValue(change.SourceId, out var runId))
        {
            var first = await store.ListEventsAsync(new EventQuery { SourceId = change.SourceId, Limit = 1 }, cancellationToken).ConfigureAwait(false);
            runId = first.Count > 0 ? first[0].RunId : change.RunId;
            _firstRuns[change.SourceId] = runId;
        }

        return string.Equals(runId, change.RunId, StringComparison.Ordinal);
    }
}
