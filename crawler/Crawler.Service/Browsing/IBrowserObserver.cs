namespace Crawler.Browsing;

/// <summary>
/// Told what happens to the browser (launches, restarts, disconnects) and given its gauges; the metrics implement
/// it, so the browser knows nothing of how it is measured.
/// </summary>
public interface IBrowserObserver
{
    /// <summary>Connects the gauges (open contexts, memory of the process tree) once, when the host is made.</summary>
    void ObserveBrowser(Func<int> openContexts, Func<long> memoryBytes);

    void RecordBrowserLaunch();

    /// <summary>A browser closed before a relaunch: <c>recycle</c>, <c>memory</c>, <c>disconnected</c> or <c>fault</c>.</summary>
    void RecordBrowserRestart(string reason);

    /// <summary>The browser went away without being asked to.</summary>
    void RecordBrowserDisconnected();
}
