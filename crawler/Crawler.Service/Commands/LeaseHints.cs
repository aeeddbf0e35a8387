using System.Globalization;
using Crawler.Crawling;
using Crawler.Model;
using Crawler.Storage;

namespace Crawler.Commands;

/// <summary>
/// For each source a crawl skipped because another worker holds its lease: who holds it, until when, and the
/// command that takes it over (a crawl right after a killed one meets this until the lease runs out).
/// </summary>
public static class LeaseHints
{
    public static async Task PrintAsync(TextWriter output, ISourceStore store, IReadOnlyList<CrawlOutcome> outcomes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(store);
        var skipped = outcomes.Where(o => o.Run.Id.Length == 0).Select(o => o.Run.SourceId).ToHashSet(StringComparer.Ordinal);
        if (skipped.Count == 0) return;
        foreach (var state in (await store.ListSourceStatesAsync(cancellationToken).ConfigureAwait(false)).Where(s => skipped.Contains(s.SourceId)))
        {
            output.WriteLine(Describe(state));
        }
    }

    /// <summary>One sentence about a source held by another worker.</summary>
    public static string Describe(SourceState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var until = state.LeasedUntil?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) ?? "an unknown time";
        return $"{state.SourceId}: leased by worker '{state.LeaseHolder ?? "?"}' until {until}. If that worker is still crawling, wait; " +
               $"if it was killed, take the source over with 'crawler sources release {state.SourceId}' (or wait for the lease to run out).";
    }
}
