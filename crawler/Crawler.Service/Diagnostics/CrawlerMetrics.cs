using System.Diagnostics;
using System.Diagnostics.Metrics;
using Crawler.Browsing;
using Crawler.Crawling;
using Crawler.Model;

namespace Crawler.Diagnostics;

/// <summary>
/// The crawler's instruments (System.Diagnostics.Metrics, meter <c>Crawler</c>). One instance per service
/// provider, so two workers in one test process keep separate figures; <see cref="PrometheusExporter"/> reads
/// exactly this meter. Gauges are observed when scraped (process memory and the Chromium tree come from /proc).
/// </summary>
public sealed class CrawlerMetrics : IBrowserObserver, IDisposable
{
    public const string MeterName = "Crawler";

    private readonly Counter<long> _events;
    private readonly Counter<long> _errors;
    private readonly Counter<long> _runs;
    private readonly Counter<long> _suspectRuns;
    private readonly Histogram<double> _runDuration;
    private readonly Counter<long> _launches;
    private readonly Counter<long> _restarts;
    private Func<int> _openContexts = () => 0;
    private Func<long> _browserMemory = () => 0;

    public CrawlerMetrics(RunWatchdog? watchdog = null, RenderConcurrency? renders = null)
    {
        Meter = new Meter(MeterName);
        if (renders is not null)
        {
            Meter.CreateObservableGauge("crawler_render_concurrency_current", () => renders.Current, description: "Detail renders in flight (all runs of this worker)");
            Meter.CreateObservableGauge("crawler_render_concurrency_desired", () => renders.Desired, description: "Renderers the autoscaled render stages aim at (sum over running runs)");
            Meter.CreateObservableGauge("crawler_render_queue", () => renders.Queued, description: "Listed details waiting for a renderer");
        }

        if (watchdog is not null)
        {
            Meter.CreateObservableCounter("crawler_watchdog_trips", () => watchdog.Trips, description: "Runs abandoned by the watchdog after no progress for Crawler:StallTimeout");
            Meter.CreateObservableGauge("crawler_runs_in_progress", () => watchdog.Running.Count, description: "Runs in progress in this worker");
        }

        _events = Meter.CreateCounter<long>("crawler_events", description: "Change events emitted, by kind");
        _errors = Meter.CreateCounter<long>("crawler_errors", description: "Errors, by kind: portal (failed run), listing (pages lost in a partial run), detail (a detail page not rendered, counted as it fails), crash, browser");
        _ = new LiveRunMetrics(Meter, _errors, watchdog); // pages, postings and snapshots count as runs go (it subscribes to the watchdog)
        _runs = Meter.CreateCounter<long>("crawler_runs", description: "Finished runs, by status");
        _suspectRuns = Meter.CreateCounter<long>("crawler_suspect_runs", description: "Runs that would have removed too much of a source; their disappearances were withheld");
        _runDuration = Meter.CreateHistogram<double>("crawler_run_duration_seconds", unit: "s", description: "Run durations",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600] });
        _launches = Meter.CreateCounter<long>("crawler_browser_launches", description: "Browser launches (the first one included)");
        _restarts = Meter.CreateCounter<long>("crawler_browser_restarts", description: "Browser closes before a relaunch, by reason: recycle, memory, disconnected, fault");
        Meter.CreateObservableGauge("crawler_browser_open_contexts", () => _openContexts(), description: "Browser contexts open now");
        Meter.CreateObservableGauge("crawler_chromium_processes", () => ProcessTree.CountChromiumDescendants(Environment.ProcessId),
            description: "Chromium processes descending from this process (zombies included)");
        Meter.CreateObservableGauge("crawler_browser_memory_bytes", () => _browserMemory(), unit: "By", description: "Memory (PSS) of the browser's process tree");
        Meter.CreateObservableGauge("crawler_process_resident_memory_bytes", () => CurrentRss(), unit: "By", description: "RSS of the worker process");
        Meter.CreateObservableGauge("crawler_process_managed_heap_bytes", () => GC.GetTotalMemory(false), unit: "By", description: "Managed heap in use");
    }

    /// <summary>The meter all instruments belong to.</summary>
    public Meter Meter { get; }

    /// <summary>Counts one finished run: its status, duration, events and errors (pages, postings and snapshots were counted as the run went).</summary>
    public void RecordRun(RunRecord run, IReadOnlyList<ChangeEvent> events, TimeSpan duration)
    {
        var status = new KeyValuePair<string, object?>("status", run.Status.ToString().ToLowerInvariant());
        _runs.Add(1, status);
        if (run.Suspect) _suspectRuns.Add(1);
        _runDuration.Record(duration.TotalSeconds, status);
        foreach (var group in events.GroupBy(e => e.Kind))
        {
            _events.Add(group.Count(), new KeyValuePair<string, object?>("kind", group.Key.ToString().ToLowerInvariant()));
        }

        var errorKind = run.Status switch
        {
            RunStatus.Failed => "portal",
            RunStatus.Abandoned => "abandoned",
            _ => "listing",
        };
        if (run.Errors.Count > 0) _errors.Add(run.Errors.Count, new KeyValuePair<string, object?>("kind", errorKind));
    }

    /// <summary>Counts an error outside a run record (a crashed crawl, a browser that went away).</summary>
    public void RecordError(string kind) => _errors.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void RecordBrowserLaunch() => _launches.Add(1);

    public void RecordBrowserDisconnected() => RecordError("browser");

    public void RecordBrowserRestart(string reason) => _restarts.Add(1, new KeyValuePair<string, object?>("reason", reason));

    /// <summary>Connects the browser gauges to the browser host (set once, by it).</summary>
    public void ObserveBrowser(Func<int> openContexts, Func<long> memoryBytes)
    {
        _openContexts = openContexts;
        _browserMemory = memoryBytes;
    }

    private static long CurrentRss()
    {
        using var self = Process.GetCurrentProcess();
        return self.WorkingSet64;
    }

    public void Dispose() => Meter.Dispose();
}
