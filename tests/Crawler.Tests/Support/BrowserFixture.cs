using Crawler.Browsing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Crawler.Tests.Support;

/// <summary>One Chromium for all integration tests of a collection (playwright-dotnet's own fixture pattern).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public BrowserHost Browser { get; } = new(Options.Create(TestBrowserOptions()), NullLogger<BrowserHost>.Instance);

    public static BrowserOptions TestBrowserOptions() => new()
    {
        NavigationTimeout = TimeSpan.FromSeconds(15),
        DetailParallelism = 4,
    };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Browser.DisposeAsync();
}

/// <summary>Integration tests that drive real Chromium share one browser and run one at a time (2 cores).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
