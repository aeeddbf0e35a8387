using Crawler.Alerts;
using Crawler.Diagnostics;
using Crawler.Model;
using Crawler.Storage;
using Crawler.Storage.Sqlite;
using Crawler.Tests.Support;
using Microsoft.Extensions.Options;
using static Crawler.Tests.Support.StoreTestData;

namespace Crawler.Tests.Diagnostics;

/// <summary>The store-backed gauges ops alert on: quarantined sources and dead letters, as /metrics shows them.</summary>
public sealed class StoreGaugesTests : IDisposable
{
    private static CancellationToken Ct => CancellationToken.None;

    private readonly TempDirectory _temp = new();

    /// <summary>A store with three sources, and its alert state, both initialised.</summary>
    private async Task<(SqliteCrawlStore Store, SqliteAlertStateStore Alerts)> OpenAsync()
    {
        var options = new SqliteStoreOptions { Path = _temp.File("crawler.db") };
        var store = new SqliteCrawlStore(options, TimeProvider.System);
        var alerts = new SqliteAlertStateStore(options);
        await store.InitializeAsync(Ct);
        await alerts.InitializeAsync(Ct);
        await store.UpsertSourcesAsync([Source("deepseek", "DeepSeek"), Source("moonshot-social", "Moonshot"), Source("zhipu-social", "Zhipu")], Ct);
        return (store, alerts);
    }

    [Fact]
    public async Task RefreshAsync_QuarantinedSourceAndDeadLetters_ShownOnTheScrape()
    {
        var (openedStore, openedAlerts) = await OpenAsync();
        await using var store = openedStore;
        await using var alertState = openedAlerts;
        await store.UpdateSourceStateAsync(new SourceState { SourceId = "moonshot-social", ConsecutiveFailures = 10, Quarantined = true }, Ct);
        await alertState.SaveCursorAsync(new AlertCursor { Sink = "slack", Position = 9, UpdatedAt = T0 }, [Letter("e8", 8), Letter("e9", 9)], Ct);
        using var metrics = new CrawlerMetrics();
        using var exporter = new PrometheusExporter(metrics);
        var gauges = new StoreGauges(metrics, store, alertState, Options.Create(new DiagnosticsOptions()));

        await gauges.RefreshAsync(Ct);
        var text = exporter.Render();

        Assert.Contains("\ncrawler_sources_quarantined 1\n", text, StringComparison.Ordinal);
        Assert.Contains("\ncrawler_alert_dead_letters 2\n", text, StringComparison.Ordinal);
        Assert.Contains("\ncrawler_store_gauges_stale 0\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefreshAsync_StoreGone_KeepsLastFiguresAndFlagsThemStale()
    {
        var (openedStore, openedAlerts) = await OpenAsync();
        await using var store = openedStore;
        await using var alertState = openedAlerts;
        await store.UpdateSourceStateAsync(new SourceState { SourceId = "deepseek", ConsecutiveFailures = 10, Quarantined = true }, Ct);
        var alerts = new SwitchableAlertState(alertState);
        using var metrics = new CrawlerMetrics();
        using var exporter = new PrometheusExporter(metrics);
        var gauges = new StoreGauges(metrics, store, alerts, Options.Create(new DiagnosticsOptions()));
        await gauges.RefreshAsync(Ct);

        alerts.Unreachable = true;
        await store.UpdateSourceStateAsync(new SourceState { SourceId = "deepseek" }, Ct);
        await gauges.RefreshAsync(Ct);
        var text = exporter.Render();

        Assert.Contains("\ncrawler_sources_quarantined 1\n", text, StringComparison.Ordinal);
        Assert.Contains("\ncrawler_store_gauges_stale 1\n", text, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Delete();

    private static DeadLetter Letter(string eventId, long sequence) => new()
    {
        Sink = "slack", EventId = eventId, Sequence = sequence, MessageId = eventId, Reason = "HTTP 404", Attempts = 1, FirstFailedAt = T0, FailedAt = T0,
    };

    /// <summary>The real alert state until <see cref="Unreachable"/> is set; then every read fails as a lost connection.</summary>
    private sealed class SwitchableAlertState(IAlertStateStore inner) : IAlertStateStore
    {
        public bool Unreachable { get; set; }

        public Task InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

        public Task<AlertCursor?> GetCursorAsync(string sink, CancellationToken cancellationToken) => inner.GetCursorAsync(sink, cancellationToken);

        public Task SaveCursorAsync(AlertCursor cursor, IReadOnlyList<DeadLetter> deadLetters, CancellationToken cancellationToken) =>
            inner.SaveCursorAsync(cursor, deadLetters, cancellationToken);

        public Task<IReadOnlyList<DeadLetter>> ListDeadLettersAsync(string? sink, string? eventId, int limit, CancellationToken cancellationToken) =>
            Unreachable ? throw new IOException("store unreachable (injected)") : inner.ListDeadLettersAsync(sink, eventId, limit, cancellationToken);

        public Task SaveDeadLetterAsync(DeadLetter deadLetter, CancellationToken cancellationToken) => inner.SaveDeadLetterAsync(deadLetter, cancellationToken);

        public Task<bool> DeleteDeadLetterAsync(string sink, string eventId, CancellationToken cancellationToken) => inner.DeleteDeadLetterAsync(sink, eventId, cancellationToken);
    }
}
