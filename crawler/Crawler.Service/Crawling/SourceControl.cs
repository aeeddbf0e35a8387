using Crawler.Model;
using Crawler.Storage;

namespace Crawler.Crawling;

/// <summary>What ops do to a source by hand, through the store, so every running worker sees it at its next poll.</summary>
public static class SourceControl
{
    /// <summary>Makes the source due now; a quarantined source stays quarantined (release it instead). Returns the new state.</summary>
    public static Task<SourceState> CrawlNowAsync(ISourceStore store, string sourceId, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateAsync(store, sourceId, s => s with { NextDueAt = now }, cancellationToken);

    /// <summary>
    /// Lifts quarantine, forgets the failures, takes over any lease (left by a killed worker: its holder can no
    /// longer renew it) and makes the source due now. Returns the new state.
    /// </summary>
    public static async Task<SourceState> ReleaseAsync(ICrawlStore store, string sourceId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var next = await UpdateAsync(store, sourceId, s => s with { Quarantined = false, ConsecutiveFailures = 0, NextDueAt = now }, cancellationToken).ConfigureAwait(false);
        if (next.LeaseHolder is not { } holder) return next;
        await store.ReleaseLeaseAsync(sourceId, holder, cancellationToken).ConfigureAwait(false);
        return next with { LeaseHolder = null, LeasedUntil = null };
    }

    private static async Task<SourceState> UpdateAsync(ISourceStore store, string sourceId, Func<SourceState, SourceState> change, CancellationToken cancellationToken)
    {
        var state = await store.GetSourceStateAsync(sourceId, cancellationToken).ConfigureAwait(false);
        if (state is null)
        {
            var known = await store.ListSourceStatesAsync(cancellationToken).ConfigureAwait(false);
            throw new KeyNotFoundException($"Source '{sourceId}' is not in the store; known: {string.Join(", ", known.Select(s => s.SourceId))}.");
        }

        var next = change(state);
        await store.UpdateSourceStateAsync(next, cancellationToken).ConfigureAwait(false);
        return next;
    }
}
