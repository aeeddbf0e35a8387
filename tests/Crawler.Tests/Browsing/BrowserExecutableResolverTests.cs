using Crawler.Browsing;

namespace Crawler.Tests.Browsing;

public sealed class BrowserExecutableResolverTests
{
    private const string Shell = "/usr/lib/chromium/chromium-headless-shell";
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public void Resolve_HeadlessWithTheShellInstalled_TakesTheShell()
    {
        var path = BrowserExecutableResolver.Resolve(new BrowserOptions { Headless = true }, Installed(Shell, Chromium));

        Assert.Equal(Shell, path);
    }

    [Fact]
    public void Resolve_HeadedWithTheShellInstalled_TakesTheDesktopChromium()
    {
        var path = BrowserExecutableResolver.Resolve(new BrowserOptions { Headless = false }, Installed(Shell, Chromium));

        Assert.Equal(Chromium, path);
    }

    [Fact]
    public void Resolve_ShellNotInstalled_TakesDebiansChromium()
    {
        var path = BrowserExecutableResolver.Resolve(new BrowserOptions { Headless = true }, Installed(Chromium));

        Assert.Equal(Chromium, path);
    }

    [Fact]
    public void Resolve_ConfiguredPath_WinsOverTheShell()
    {
        var options = new BrowserOptions { Headless = true, ExecutablePath = "/opt/chrome/chrome" };

        Assert.Equal("/opt/chrome/chrome", BrowserExecutableResolver.Resolve(options, Installed(Shell, Chromium, "/opt/chrome/chrome")));
    }

    [Fact]
    public void Resolve_NothingInstalled_NamesWhereItLookedAndHowToInstall()
    {
        var options = new BrowserOptions { Headless = true, ExecutableSearchOrder = ["configured", "headless-shell", Chromium] };

        var error = Assert.Throws<InvalidOperationException>(() => BrowserExecutableResolver.Resolve(options, Installed()));

        Assert.Contains("/usr/bin/chromium (missing)", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install -y chromium chromium-headless-shell", error.Message, StringComparison.Ordinal);
    }

    private static Func<string, bool> Installed(params string[] paths) => paths.Contains;
}
