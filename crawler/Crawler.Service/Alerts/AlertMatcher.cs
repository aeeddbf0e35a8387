using Crawler.Model;
using Crawler.Storage;

namespace Crawler.Alerts;

/// <summary>
/// Decides which events of a batch a sink gets: its filter (reading the posting only when the filter needs it), then
/// first-crawl handling (dropped when the sink is silent on first crawls, otherwise the source is named). Remembers
/// each source's first crawl for the dispatcher's lifetime (<see cref="FirstCrawlLookup"/>).
/// </summary>
internal sealed class AlertMatcher(IEventLog events)
{
    private readonly FirstCrawlLookup _firstCrawls = new(events);

    public async Task<AlertBatchMatch> MatchAsync(ConfiguredAlertSink sink, IReadOnlyList<ChangeEvent> batch, PostingLookup postings, CancellationToken cancellationToken)
    {
        var items = new List<AlertItem>();
        var firstCrawlSources = new List<string>();
        int filtered = 0, silenced = 0;
        foreach (var change in batch)
        {
            var posting = sink.Filter.NeedsPosting ? await postings.FindAsync(change, cancellationToken).ConfigureAwait(false) : null;
            if (!sink.Filter.Matches(change, posting))
            {
                filtered++;
                continue;
            }

            if (await _firstCrawls.IsFirstCrawlAsync(change, cancellationToken).ConfigureAwait(false))
            {
                if (sink.Options.SilentFirstCrawl)
                {
                    silenced++;
                    continue;
                }

                if (!firstCrawlSources.Contains(change.SourceId)) firstCrawlSources.Add(change.SourceId);
            }

            items.Add(new AlertItem(change, posting));
        }

        return new AlertBatchMatch(items, firstCrawlSources, filtered, silenced);
    }
}
