using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Crawler.Browsing;

/// <summary>
/// One Playwright driver and one browser per process (microsoft/playwright-dotnet's own fixtures do the same).
/// Hands out a fresh context per crawl job; throws the browser away after a crash or disconnect, after
/// <see cref="BrowserOptions.PagesBeforeRecycle"/> contexts and when its process tree holds more than
/// <see cref="BrowserOptions.RecycleAboveMemoryMb"/>, so memory stays flat over months. Every Chromium process of
/// a closed browser is reaped (killed by id if it outlives the close).
/// </summary>
public sealed partial class BrowserHost : IAsyncDisposable
{
    private static readonly TimeSpan ReapGrace = TimeSpan.FromSeconds(5);
    private readonly BrowserOptions _options;
    private readonly ILogger<BrowserHost> _logger;
    private readonly IBrowserObserver? _metrics;
    private readonly HostGate? _gate;
    private readonly TimeProvider _time;
    private readonly BrowserLock _lock = new();
    private readonly PlaywrightDriver _driver = new();
    private IBrowser? _browser;
    private BrowserProcess? _process;
    private BrowserGuard? _guard;
    private int _contextsSinceLaunch;
    private int _openContexts;
    private bool _disposed;
    private IBrowser? _closing;

    public BrowserHost(IOptions<BrowserOptions> options, ILogger<BrowserHost> logger, IBrowserObserver? metrics = null, HostGate? gate = null, TimeProvider? time = null)
    {
        _options = options.Value;
        _logger = logger;
        _metrics = metrics;
        _gate = gate;
        _time = time ?? TimeProvider.System;
        _metrics?.ObserveBrowser(() => OpenContexts, MemoryBytes);
        ChromiumReaper.EnsureStarted();
    }

    /// <summary>Test seam: called right after a guarded browser call was issued, before it is awaited.</summary>
    internal Action<string>? CallStarted { get; set; }

    /// <summary>Browser launches so far (the first one included); a metric for ops.</summary>
    public int Launches { get; private set; }

    /// <summary>Contexts currently open.</summary>
    public int OpenContexts => Volatile.Read(ref _openContexts);

    /// <summary>The options this host launches with.</summary>
    public BrowserOptions Options => _options;

    /// <summary>The latest launch attempt (null before the first); what <c>/health/ready</c> reports.</summary>
    public BrowserLaunch? LastLaunch { get; private set; }

    /// <summary>Memory (PSS) of the current browser's process tree in bytes (0 when none runs).</summary>
    public long MemoryBytes() => _process?.MemoryBytes() ?? 0;

    /// <summary>
    /// Opens a fresh browser context (own cookies and storage) with blocked resource types aborted and
    /// documents and API calls passed through the <see cref="HostGate"/>. The caller closes it in <c>finally</c>.
    /// </summary>
    public Task<IBrowserContext> NewContextAsync(CancellationToken cancellationToken) => NewContextAsync(null, cancellationToken);

    /// <summary>
    /// Opens a fresh context whose requests to hosts outside <paramref name="allowedHosts"/> are aborted (null: no
    /// host limit). Playwright routes see every request the page makes but not the hops of a server-side redirect,
    /// so a redirected document lands off-host only as an empty shell: everything it then requests is aborted.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(HostAllowList? allowedHosts, CancellationToken cancellationToken)
    {
        var (browser, guard) = await EnsureBrowserAsync(cancellationToken).ConfigureAwait(false);
        var context = await guard.RunAsync("new context", () => browser.NewContextAsync(BrowserLaunchSettings.Context(_options))).ConfigureAwait(false);
        BrowserCalls.Attach(context, guard);
        Interlocked.Increment(ref _openContexts);
        context.Close += (_, _) =>
        {
            // A context of a launch already thrown away was counted out when that browser closed.
            if (ReferenceEquals(Volatile.Read(ref _guard), guard)) Interlocked.Decrement(ref _openContexts);
        };
        Interlocked.Increment(ref _contextsSinceLaunch);
        await BrowserLaunchSettings.PrepareAsync(context, guard, _options, allowedHosts, _gate).ConfigureAwait(false);
        return context;
    }

    /// <summary>Launches the browser now if none runs (the worker warms up at start so readiness is known).</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken) => _ = await EnsureBrowserAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Closes the browser so the next context launches a new one (after a crash or on recycle).</summary>
    public async Task ResetAsync(string reason)
    {
        using var held = await _lock.EnterAsync().ConfigureAwait(false);
        await CloseBrowserAsync(reason, "fault").ConfigureAwait(false);
    }

    private async Task<(IBrowser, BrowserGuard)> EnsureBrowserAsync(CancellationToken cancellationToken)
    {
        using var held = await _lock.EnterAsync(cancellationToken).ConfigureAwait(false);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_browser is { IsConnected: true } && OpenContexts == 0 && BrowserRecyclePolicy.Decide(_options, _contextsSinceLaunch, MemoryBytes) is { } recycle)
        {
            await CloseBrowserAsync(recycle.Reason, recycle.Kind).ConfigureAwait(false);
        }

        if (_browser is { IsConnected: true } alive && _guard is { Disconnected.IsCancellationRequested: false } guard) return (alive, guard);
        if (_browser is not null) await CloseBrowserAsync("browser disconnected", "disconnected").ConfigureAwait(false);
        return await LaunchAsync().ConfigureAwait(false);
    }

    private async Task<(IBrowser, BrowserGuard)> LaunchAsync()
    {
        try
        {
            var executable = BrowserExecutableResolver.Resolve(_options);
            var process = new BrowserProcess();
            LogLaunching(executable ?? "playwright's own chromium", _options.Headless);
            var browser = await _driver.LaunchAsync(BrowserLaunchSettings.Launch(_options, executable, process.Marker), LogDriverRestarted).ConfigureAwait(false);
            var guard = new BrowserGuard(_options.OperationTimeout, CallStarted);
            browser.Disconnected += (sender, _) =>
            {
                guard.MarkDisconnected("browser disconnected");
                if (ReferenceEquals(sender, _closing)) return;
                LogDisconnected();
                _metrics?.RecordBrowserDisconnected();
            };
            _browser = browser;
            _process = process;
            _guard = guard;
            if (process.RootPid is { } root) _ = BrowserProcessWatch.WatchAsync(root, guard);
            _contextsSinceLaunch = 0;
            Launches++;
            _metrics?.RecordBrowserLaunch();
            LastLaunch = new BrowserLaunch(true, _time.GetUtcNow(), null);
            return (browser, guard);
        }
        catch (Exception ex) when (ex is PlaywrightException or InvalidOperationException or TimeoutException or IOException)
        {
            LastLaunch = new BrowserLaunch(false, _time.GetUtcNow(), ex.Message);
            throw;
        }
    }

    private async Task CloseBrowserAsync(string reason, string kind)
    {
        if (_browser is null) return;
        LogClosing(reason);
        if (kind != "shutdown") _metrics?.RecordBrowserRestart(kind);
        _closing = _browser;
        // Whatever still waits on this browser ends now, instead of on a close that may itself never return.
        _guard?.MarkDisconnected("browser closed: " + reason);
        try
        {
            await _browser.CloseAsync().WaitAsync(_options.OperationTimeout).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            // Already gone (crashed or killed), or wedged: its processes are reaped below.
        }

        _browser = null;
        _guard = null;
        Volatile.Write(ref _openContexts, 0);
        if (_process is { } process)
        {
            var killed = await process.ReapAsync(ReapGrace).ConfigureAwait(false);
            if (killed > 0) LogReaped(killed);
        }

        _process = null;
        ChromiumReaper.Sweep(killOrphans: true);
    }

    public async ValueTask DisposeAsync()
    {
        using var held = await _lock.EnterAsync().ConfigureAwait(false);
        if (_disposed) return;
        _disposed = true;
        await CloseBrowserAsync("shutdown", "shutdown").ConfigureAwait(false);
        _driver.Dispose();
    }
}
