using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Crawler.Crawling;
using Crawler.Model;

namespace Crawler.Diagnostics;

/// <summary>
/// The counters that move during a run, from its progress reports (<see cref="IRunObserver"/>): a listing report
/// is one page fetched and its count the distinct postings seen so far; a details report is one detail done,
/// rendered or failed. Progress of the runs in progress is exposed per source as gauges (phase, done, total,
/// phase start), so a long first run shows on <c>/metrics</c> while it runs.
/// </summary>
internal sealed class LiveRunMetrics : IRunObserver
{
    private readonly Counter<long> _pages;
    private readonly Counter<long> _seen;
    private readonly Counter<long> _snapshots;
    private readonly Counter<long> _errors;
    private readonly ConcurrentDictionary<RunWatch, Tally> _runs = new();

    public LiveRunMetrics(Meter meter, Counter<long> errors, RunWatchdog? watchdog)
    {
        _errors = errors;
        _pages = meter.CreateCounter<long>("crawler_pages_fetched", description: "Listing and API pages fetched, counted as they are fetched");
        _seen = meter.CreateCounter<long>("crawler_postings_seen", description: "Postings seen by runs (one per posting per run), counted as the listing goes");
        _snapshots = meter.CreateCounter<long>("crawler_snapshots_rendered", description: "Detail pages rendered into snapshots, counted as they are rendered");
        if (watchdog is null) return;
        meter.CreateObservableGauge("crawler_run_progress_done", () => Gauge(watchdog, p => p.Done),
            description: "Runs in progress: how far the current phase is (postings listed, details done), by source and phase");
        meter.CreateObservableGauge("crawler_run_progress_total", () => Gauge(watchdog, p => p.Total),
            description: "Runs in progress: the current phase's total where known (portal's total, details to render), by source and phase");
        meter.CreateObservableGauge("crawler_run_phase_started_seconds", () => Since(watchdog), unit: "s",
            description: "Runs in progress: when the current phase began (Unix time; time() minus it is how long it has lasted), by source and phase");
        watchdog.Subscribe(this);
    }

    public void Started(RunWatch run) => _runs[run] = new Tally();

    public void Progressed(RunWatch run, CrawlProgress progress)
    {
        if (!_runs.TryGetValue(run, out var tally)) return;
        long pages = 0, seen = 0, rendered = 0, failed = 0;
        lock (tally)
        {
            switch (progress.Phase)
            {
                case "starting":
                    // A second attempt (after a browser fault) renders its details afresh.
                    tally.DetailsBase = tally.Details;
                    tally.FailedBase = tally.Failed;
                    break;
                case "listing":
                    pages = 1;
                    if (progress.Done > tally.Seen) (seen, tally.Seen) = (progress.Done - tally.Seen, progress.Done);
                    break;
                case "details":
                    tally.Details++;
                    var failedNow = tally.FailedBase + progress.Failed;
                    if (failedNow > tally.Failed) (failed, tally.Failed) = (failedNow - tally.Failed, failedNow);
                    var renderedNow = tally.Details - tally.Failed;
                    if (renderedNow > tally.Rendered) (rendered, tally.Rendered) = (renderedNow - tally.Rendered, renderedNow);
                    break;
            }
        }

        if (pages > 0) _pages.Add(pages);
        if (seen > 0) _seen.Add(seen);
        if (rendered > 0) _snapshots.Add(rendered);
        if (failed > 0) _errors.Add(failed, new KeyValuePair<string, object?>("kind", "detail"));
    }

    public void Ended(RunWatch run) => _runs.TryRemove(run, out _);

    private static IEnumerable<Measurement<long>> Gauge(RunWatchdog watchdog, Func<CrawlProgress, int?> value)
    {
        foreach (var run in watchdog.Running)
        {
            if (run.Last is not { } last || value(last) is not { } figure) continue;
            yield return new Measurement<long>(figure, Tags(run, last));
        }
    }

    private static IEnumerable<Measurement<double>> Since(RunWatchdog watchdog)
    {
        foreach (var run in watchdog.Running)
        {
            if (run.Last is not { } last) continue;
            yield return new Measurement<double>(run.PhaseSince.ToUnixTimeMilliseconds() / 1000.0, Tags(run, last));
        }
    }

    private static KeyValuePair<string, object?>[] Tags(RunWatch run, CrawlProgress last) =>
        [new("source", run.SourceId), new("phase", last.Phase)];

    private sealed class Tally
    {
        public int Seen { get; set; }
        public int Details { get; set; }
        public int Failed { get; set; }
        public int Rendered { get; set; }
        public int DetailsBase { get; set; }
        public int FailedBase { get; set; }
    }
}
