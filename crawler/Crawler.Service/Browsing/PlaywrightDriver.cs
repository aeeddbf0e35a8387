using Microsoft.Playwright;

namespace Crawler.Browsing;

/// <summary>
/// Playwright's driver (its node process) for one <see cref="BrowserHost"/>, started on first use. When a launch
/// through a driver that was already running fails, the driver may have died (killed by ops, out of memory): every
/// later launch through it would fail the same way ("Process exited") for the rest of the worker's life, so a new
/// driver gets one launch.
/// </summary>
internal sealed class PlaywrightDriver : IDisposable
{
    private IPlaywright? _playwright;

    /// <summary>Launches Chromium; <paramref name="restarting"/> is told why when a new driver is started for it.</summary>
    public async Task<IBrowser> LaunchAsync(BrowserTypeLaunchOptions launch, Action<string> restarting)
    {
        var wasRunning = _playwright is not null;
        _playwright ??= await BrowserLaunchSettings.StartDriverAsync().ConfigureAwait(false);
        try
        {
            return await _playwright.Chromium.LaunchAsync(launch).ConfigureAwait(false);
        }
        catch (PlaywrightException ex) when (wasRunning)
        {
            restarting(ex.Message);
            Dispose();
            _playwright = await BrowserLaunchSettings.StartDriverAsync().ConfigureAwait(false);
            return await _playwright.Chromium.LaunchAsync(launch).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        var driver = _playwright;
        _playwright = null;
        try
        {
            driver?.Dispose();
        }
        catch (Exception ex) when (ex is PlaywrightException or InvalidOperationException or IOException)
        {
            // Already gone: nothing of it is left to close.
        }
    }
}
