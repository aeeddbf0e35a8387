using Crawler.Browsing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Crawler.Tests.Support;

/// <summary>
/// A browser of a fault test's own (tests kill it), with the Chromium processes that existed before it so the
/// test can prove none of its own outlive it.
/// </summary>
public sealed class FaultBrowser : IAsyncDisposable
{
    public FaultBrowser()
    {
        var options = BrowserFixture.TestBrowserOptions();
        options.NavigationTimeout = TimeSpan.FromSeconds(6); // a dead browser's waits end sooner
        Host = new BrowserHost(Options.Create(options), NullLogger<BrowserHost>.Instance);
    }

    public IReadOnlySet<int> Baseline { get; } = ChromiumProcesses.Descendants();

    public BrowserHost Host { get; }

    /// <summary>SIGKILLs this browser's Chromium processes (every one not in the baseline); returns how many.</summary>
    public int Kill() => ChromiumProcesses.KillAllExcept(Baseline);

    /// <summary>
    /// SIGKILLs Playwright's driver (the node process whose child is this browser's Chromium) and returns how many
    /// drivers were killed; the Chromium it drove loses its pipe.
    /// </summary>
    public int KillDriver() => ChromiumProcesses.KillParentsOf(ChromiumProcesses.NewSince(Baseline), "run-driver");

    /// <summary>Disposes the browser and asserts that no Chromium it started is left.</summary>
    public async Task CloseAndAssertNoLeftoversAsync()
    {
        await Host.DisposeAsync();
        var left = await ChromiumProcesses.LeftoversAsync(Baseline, TimeSpan.FromSeconds(10));
        Assert.True(left.Count == 0, $"Chromium processes outlived the browser: {string.Join(", ", left)}");
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
