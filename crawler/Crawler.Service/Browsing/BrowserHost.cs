using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Crawler.Browsing;

/// <summary>
/// One Playwright driver and one browser per process (microsoft/playwright-dotnet's own fixtures do the same).
/// Hands out a fresh context per crawl job; throws the browser away after a crash or disconnect and after
/// <see cref="BrowserOptions.PagesBeforeRecycle"/> contexts, so memory stays flat over months.
/// </summary>
public sealed partial class BrowserHost : IAsyncDisposable
{
    private readonly BrowserOptions _options;
    private readonly ILogger<BrowserHost> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private int _contextsSinceLaunch;
    private int _openContexts;
    private bool _disposed;
    private IBrowser? _closing;

    public BrowserHost(IOptions<BrowserOptions> options, ILogger<BrowserHost> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Browser launches so far (the first one included); a metric for ops.</summary>
    public int Launches { get; private set; }

    /// <summary>Contexts currently open.</summary>
    public int OpenContexts => Volatile.Read(ref _openContexts);

    /// <summary>The options this host launches with.</summary>
    public BrowserOptions Options => _options;

    /// <summary>
    /// Opens a fresh browser context (own cookies and storage) with blocked resource types aborted.
    /// The caller closes it in <c>finally</c>.
    /// </summary>
    public Task<IBrowserContext> NewContextAsync(CancellationToken cancellationToken) => NewContextAsync(null, cancellationToken);

    /// <summary>
    /// Opens a fresh context whose requests to hosts outside <paramref name="allowedHosts"/> are aborted (null: no
    /// host limit). Playwright routes see every request the page makes but not the hops of a server-side redirect,
    /// so a redirected document lands off-host only as an empty shell: everything it then requests is aborted.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(HostAllowList? allowedHosts, CancellationToken cancellationToken)
    {
        var browser = await EnsureBrowserAsync(cancellationToken).ConfigureAwait(false);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = _options.Viewport.Width, Height = _options.Viewport.Height },
            Locale = "zh-CN",
            ServiceWorkers = ServiceWorkerPolicy.Block,
        }).ConfigureAwait(false);
        context.SetDefaultTimeout((float)_options.NavigationTimeout.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)_options.NavigationTimeout.TotalMilliseconds);
        var blocked = new HashSet<string>(
            _options.BlockedResourceTypes.Count > 0 ? _options.BlockedResourceTypes : ["image", "font", "media"],
            StringComparer.OrdinalIgnoreCase);
        await context.RouteAsync("**/*", route =>
            blocked.Contains(route.Request.ResourceType) ? route.AbortAsync()
            : allowedHosts is not null && !allowedHosts.Allows(route.Request.Url) ? route.AbortAsync("blockedbyclient")
            : route.FallbackAsync()).ConfigureAwait(false);
        Interlocked.Increment(ref _openContexts);
        context.Close += (_, _) => Interlocked.Decrement(ref _openContexts);
        Interlocked.Increment(ref _contextsSinceLaunch);
        return context;
    }

    /// <summary>Closes the browser so the next context launches a new one (after a crash or on recycle).</summary>
    public async Task ResetAsync(string reason)
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            await CloseBrowserAsync(reason).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<IBrowser> EnsureBrowserAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_browser is { IsConnected: true } && _contextsSinceLaunch >= _options.PagesBeforeRecycle && OpenContexts == 0)
            {
                await CloseBrowserAsync("recycle after " + _contextsSinceLaunch + " contexts").ConfigureAwait(false);
            }

            if (_browser is { IsConnected: true } alive) return alive;
            if (_browser is not null) await CloseBrowserAsync("browser disconnected").ConfigureAwait(false);

            _playwright ??= await Playwright.CreateAsync().ConfigureAwait(false);
            var executable = BrowserExecutableResolver.Resolve(_options);
            var args = _options.Args.Count > 0 ? _options.Args : [.. BrowserOptions.DefaultArgs];
            LogLaunching(executable ?? "playwright's own chromium", _options.Headless);
            var browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = _options.Headless,
                Args = args,
                Timeout = (float)TimeSpan.FromSeconds(60).TotalMilliseconds,
            }).ConfigureAwait(false);
            browser.Disconnected += (sender, _) =>
            {
                if (!ReferenceEquals(sender, _closing)) LogDisconnected();
            };
            _browser = browser;
            _contextsSinceLaunch = 0;
            Launches++;
            return browser;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task CloseBrowserAsync(string reason)
    {
        if (_browser is null) return;
        LogClosing(reason);
        _closing = _browser;
        try
        {
            await _browser.CloseAsync().ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // Already gone (crashed or killed): nothing left to close.
        }

        _browser = null;
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_disposed) return;
            _disposed = true;
            await CloseBrowserAsync("shutdown").ConfigureAwait(false);
            _playwright?.Dispose();
            _playwright = null;
        }
        finally
        {
            _gate.Release();
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Launching browser {Executable} (headless {Headless})")]
    private partial void LogLaunching(string executable, bool headless);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Browser disconnected; the next job launches a new one")]
    private partial void LogDisconnected();

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Closing browser: {Reason}")]
    private partial void LogClosing(string reason);
}
