using Crawler.Browsing;
using Crawler.Diagnostics;
using Crawler.Portals;
using Crawler.Snapshots;
using Crawler.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;

namespace Crawler.Tests.Snapshots;

/// <summary>Real Chromium: a detail page is closed and a fresh one opened after Crawler:Details:PageRecycleAfter navigations.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DetailPageRecycleTests(BrowserFixture fixture)
{
    [Fact]
    public async Task RenderAsync_RecycleAfterTwo_EachPageShowsAtMostTwoDetailsAndAllRender()
    {
        await using var site = await FakeDetailSite.StartAsync();
        var source = ScriptedAdapter.Source(site.Host);
        var context = await fixture.Browser.NewContextAsync(new HostAllowList(source.Hosts()), CancellationToken.None);
        var perPage = new Dictionary<IPage, int>();
        context.Request += (_, request) =>
        {
            if (request.IsNavigationRequest && request.Url.Contains("/job/", StringComparison.Ordinal))
            {
                lock (perPage) perPage[request.Frame.Page] = perPage.GetValueOrDefault(request.Frame.Page) + 1;
            }
        };
        var adapter = new ScriptedAdapter(site.Host, (_, _) => throw new InvalidOperationException("not listed here"));
        var work = Enumerable.Range(1, 5).Select(ScriptedAdapter.Posting)
            .Select(p => ($"{source.Id}:{p.PortalId}", adapter.GetDetailTarget(source, p))).ToList();
        var renderer = new DetailRenderer(
            new ErrorSnapshotWriter(new TempDirectory().Path, TimeProvider.System, NullLogger<ErrorSnapshotWriter>.Instance),
            Microsoft.Extensions.Options.Options.Create(new DetailOptions { PageRecycleAfter = 2 }), NullLogger<DetailRenderer>.Instance);

        var report = await renderer.RenderAsync(context, source.Id, work, 1, TimeSpan.FromSeconds(15), null, CancellationToken.None);
        var openAtTheEnd = context.Pages.Count;
        await context.CloseAsync();

        Assert.All(report.Results, r => Assert.True(r.Page is not null, r.Error));
        Assert.Equal([2, 2, 1], perPage.Values);
        Assert.Equal(0, openAtTheEnd);
        Assert.Equal(5, site.Served);
    }
}
