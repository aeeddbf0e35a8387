using Crawler.Model;
using Crawler.Storage;
using Microsoft.Extensions.Options;

namespace Crawler.Crawling;

/// <summary>Crawls several sources once, at most <see cref="CrawlerOptions.MaxConcurrentSources"/> at a time.</summary>
public sealed class CrawlBatch(CrawlRunner runner, ICrawlStore store, IOptions<CrawlerOptions> options)
{
    /// <summary>
    /// Registers the sources in the store, then crawls each. <paramref name="progress"/> receives reports tagged
    /// with the source id.
    /// </summary>
    public async Task<IReadOnlyList<CrawlOutcome>> RunAsync(
        IReadOnlyList<SourceDefinition> sources, IProgress<(string SourceId, CrawlProgress Progress)>? progress, CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        await store.UpsertSourcesAsync(sources, cancellationToken).ConfigureAwait(false);
        var outcomes = new CrawlOutcome[sources.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, sources.Count),
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrentSources, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var source = sources[i];
                var perSource = progress is null ? null : new Progress<CrawlProgress>(p => progress.Report((source.Id, p)));
                outcomes[i] = await runner.RunAsync(source, perSource, token).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return outcomes;
    }

    /// <summary>The events the outcomes' runs stored, in log order, with their sequence numbers.</summary>
    public async Task<IReadOnlyList<ChangeEvent>> StoredEventsAsync(IEnumerable<CrawlOutcome> outcomes, CancellationToken cancellationToken)
    {
        var events = new List<ChangeEvent>();
        foreach (var outcome in outcomes.Where(o => o.Events.Count > 0))
        {
            events.AddRange(await store.ListEventsAsync(new EventQuery { RunId = outcome.Run.Id, Limit = int.MaxValue }, cancellationToken).ConfigureAwait(false));
        }

        return [.. events.OrderBy(e => e.Sequence)];
    }
}
