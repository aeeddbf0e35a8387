using Crawler.Alerts;
using Crawler.Storage;
using Microsoft.Extensions.Options;

namespace Crawler.Diagnostics;

/// <summary>
/// Gauges of state shared by every worker through the store, read when <c>/metrics</c> is scraped:
/// <c>crawler_sources_quarantined</c> and <c>crawler_alert_dead_letters</c> (capped at <see cref="DeadLetterCap"/>).
/// Each worker reports the same figure, so alert rules take <c>max()</c> over workers. A store that does not
/// answer within <see cref="DiagnosticsOptions.StoreProbeTimeout"/> leaves the last figures in place and sets
/// <c>crawler_store_gauges_stale</c> to 1, so a scrape never fails or hangs on the store.
/// </summary>
public sealed class StoreGauges
{
    /// <summary>Dead letters counted at most (an operator needs "some", not an exact large number).</summary>
    public const int DeadLetterCap = 10_000;

    private readonly ISourceStore _store;
    private readonly IAlertStateStore _alerts;
    private readonly TimeSpan _timeout;
    private long _quarantined;
    private long _deadLetters;
    private long _stale;

    public StoreGauges(CrawlerMetrics metrics, ISourceStore store, IAlertStateStore alerts, IOptions<DiagnosticsOptions> options)
    {
        _store = store;
        _alerts = alerts;
        _timeout = options.Value.StoreProbeTimeout;
        metrics.Meter.CreateObservableGauge("crawler_sources_quarantined", () => Interlocked.Read(ref _quarantined),
            description: "Sources quarantined after repeated failures (shared state; release with `crawler sources release`)");
        metrics.Meter.CreateObservableGauge("crawler_alert_dead_letters", () => Interlocked.Read(ref _deadLetters),
            description: "Alert deliveries given up on and kept as dead letters (shared state; redeliver with `crawler alerts redeliver`)");
        metrics.Meter.CreateObservableGauge("crawler_store_gauges_stale", () => Interlocked.Read(ref _stale),
            description: "1 when the last read of the store-backed gauges failed and they show older figures");
    }

    /// <summary>Reads the store-backed figures; called before each scrape is rendered.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_timeout);
            var states = await _store.ListSourceStatesAsync(timeout.Token).ConfigureAwait(false);
            var letters = await _alerts.ListDeadLettersAsync(null, null, DeadLetterCap, timeout.Token).ConfigureAwait(false);
            Interlocked.Exchange(ref _quarantined, states.Count(s => s.Quarantined));
            Interlocked.Exchange(ref _deadLetters, letters.Count);
            Interlocked.Exchange(ref _stale, 0);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            Interlocked.Exchange(ref _stale, 1);
        }
    }
}
