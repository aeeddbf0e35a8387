using System.Collections.Concurrent;
using Crawler.Browsing;
using Crawler.Portals;
using Crawler.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Crawler.Tests.Integration;

/// <summary>
/// Every family announces each posting once, while it lists, through <see cref="CrawlSession.Listed"/>: the hook
/// the streaming render stage subscribes to. Real Chromium against the lab.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ListedHookCrawlTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("bytedance-campus", 45)]
    [InlineData("deepseek", 30)]
    [InlineData("alibaba-quark", 25)]
    [InlineData("nimbus-api", 20)]
    public async Task ListAsync_EachFamily_AnnouncesEveryListedPostingExactlyOnce(string siteId, int size)
    {
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser, LabSourceDefinitions.Small((siteId, size)));
        var source = harness.Source(siteId);
        var adapter = harness.Services.GetServices<IPortalAdapter>().Single(a => a.Platform == source.Platform);
        var listed = new ConcurrentQueue<string>();
        await using var context = await fixture.Browser.NewContextAsync(new HostAllowList(source.Hosts()), CancellationToken.None);
        var session = new CrawlSession
        {
            Source = source, Browser = context, Logger = NullLogger.Instance, Time = TimeProvider.System,
            Listed = posting => listed.Enqueue(posting.PortalId),
        };

        var result = await adapter.ListAsync(session, CancellationToken.None);

        Assert.Equal(size, result.Postings.Count);
        Assert.Equal(listed.Count, listed.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(result.Postings.Select(p => p.PortalId).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }
}
