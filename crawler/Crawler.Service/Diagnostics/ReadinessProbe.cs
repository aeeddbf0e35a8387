using Crawler.Browsing;
using Crawler.Crawling;
using Crawler.Storage;
using Microsoft.Extensions.Options;

namespace Crawler.Diagnostics;

/// <summary>
/// Ready = the store answers, the browser launched the last time it was asked to (the cached launch
/// result: a probe never launches Chromium itself), and no run is stuck (no progress for the watchdog's stall
/// timeout: a run the watchdog could not tear down keeps the worker unready, so ops see it).
/// </summary>
public sealed class ReadinessProbe(ISourceStore store, BrowserHost browser, IOptions<DiagnosticsOptions> options, RunWatchdog? watchdog = null)
{
    /// <summary>Whether the worker can crawl, with one line per check.</summary>
    public async Task<(bool Ready, IReadOnlyList<string> Checks)> CheckAsync(CancellationToken cancellationToken)
    {
        var checks = new List<string>();
        var storeOk = false;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Value.StoreProbeTimeout);
            await store.ListSourceStatesAsync(timeout.Token).ConfigureAwait(false);
            storeOk = true;
            checks.Add("store: ok");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            checks.Add("store: unreachable: " + ex.Message);
        }

        var launch = browser.LastLaunch;
        var browserOk = launch is { Succeeded: true };
        checks.Add(launch switch
        {
            null => "browser: not launched yet",
            { Succeeded: true } => $"browser: ok (launched {launch.At:u})",
            _ => $"browser: launch failed at {launch.At:u}: {launch.Error}",
        });
        var stuck = watchdog?.Running.Where(r => r.Idle >= watchdog.StallTimeout).ToList() ?? [];
        checks.Add(stuck.Count == 0
            ? $"runs: {watchdog?.Running.Count ?? 0} in progress, none stuck"
            : "runs: stuck: " + string.Join(", ", stuck.Select(r => $"{r.SourceId} (run {r.RunId}, no progress for {r.Idle.TotalSeconds:0} s)")));
        return (storeOk && browserOk && stuck.Count == 0, checks);
    }
}
