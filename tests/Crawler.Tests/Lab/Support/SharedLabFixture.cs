using Crawler.Lab;

namespace Crawler.Tests.Lab.Support;

/// <summary>One read-only lab for tests that only query: ByteDance experienced is large enough to cross the 10,000 window.</summary>
public sealed class SharedLabFixture : IAsyncLifetime
{
    public const int ExperiencedSize = 10_500;

    public LabHost Lab { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Lab = await LabHost.StartAsync(new LabOptions
        {
            SiteSizes = new Dictionary<string, int> { ["bytedance-experienced"] = ExperiencedSize },
        });

    public async Task DisposeAsync() => await Lab.DisposeAsync();
}
