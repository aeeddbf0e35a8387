namespace Crawler.Browsing;

/// <summary>
/// Declares the browser gone as soon as its main process exits: Playwright's own disconnect notice can come late
/// or, in a race with a page being opened, not in time for the calls that wait on it.
/// </summary>
internal static class BrowserProcessWatch
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(200);

    /// <summary>Polls <paramref name="rootPid"/> until it exits (then marks <paramref name="guard"/> disconnected) or the guard is disconnected.</summary>
    public static async Task WatchAsync(int rootPid, BrowserGuard guard)
    {
        try
        {
            while (!guard.Disconnected.IsCancellationRequested)
            {
                await Task.Delay(Period, guard.Disconnected).ConfigureAwait(false);
                if (!ProcessTree.IsAlive(rootPid)) guard.MarkDisconnected("browser process exited");
            }
        }
        catch (OperationCanceledException)
        {
            // Disconnected or closed: nothing left to watch.
        }
        catch (ObjectDisposedException)
        {
            // The launch is over.
        }
    }
}
