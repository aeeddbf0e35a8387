using Crawler.Lab;
using Crawler.Model;
using Crawler.Storage;
using Crawler.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Crawler.Tests.Faults;

/// <summary>The store becomes unreachable at commit: the run fails cleanly, nothing half-written shows, the next run recovers.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StoreFaultTests(ITestOutputHelper output)
{
    private const string Site = "bytedance-experienced";

    [Fact]
    public async Task Commit_StoreUnreachableOnce_RunFailsCleanlyAndNextRunRecoversExactly()
    {
        var tally = new FaultTally(output);
        FlakyStore? flaky = null;
        await using var browser = new FaultBrowser();
        await using (var harness = await LabCrawlHarness.StartAsync(browser.Host, FaultLab.Options(Site, 20), FaultLab.Configuration(),
                         services =>
                         {
                             var real = services.Last(d => d.ServiceType == typeof(ICrawlStore));
                             services.Remove(real);
                             services.AddSingleton(sp => flaky = new FlakyStore((ICrawlStore)real.ImplementationFactory!(sp)));
                             services.AddSingleton<ICrawlStore>(sp => sp.GetRequiredService<FlakyStore>());
                         }))
        {
            var source = harness.Source(Site, FaultLab.PageSize(5));
            var site = harness.Lab.Site(Site);
            var expected = new ExpectedEvents(source.Id);
            expected.Initial(site.GroundTruth());
            var first = await harness.CrawlAsync(source);
            var mutation = site.Mutate(add: 2, remove: 2, edit: 2);
            expected.Mutation(mutation);
            var before = await harness.Store.GetPostingsAsync(source.Id, CancellationToken.None);

            flaky!.FailNextCommit();
            var refused = await harness.CrawlAsync(source);

            // Nothing of the refused run is visible: no events, no new postings, no edits; the run itself reads failed.
            Assert.Equal(RunStatus.Complete, first.Run.Status);
            Assert.Equal(RunStatus.Failed, refused.Run.Status);
            Assert.Contains("store refused the commit", string.Join(" ", refused.Run.Errors), StringComparison.Ordinal);
            Assert.Empty(refused.Events);
            var stored = (await harness.Store.ListRunsAsync(source.Id, 10, CancellationToken.None)).Single(r => r.Id == refused.Run.Id);
            Assert.Equal(RunStatus.Failed, stored.Status);
            Assert.Equal(20, (await harness.Store.ListEventsAsync(new EventQuery { SourceId = source.Id, Limit = 1000 }, CancellationToken.None)).Count);
            var during = await harness.Store.GetPostingsAsync(source.Id, CancellationToken.None);
            Assert.Equal(before.Keys.Order(), during.Keys.Order());
            Assert.All(before, p => Assert.Equal(p.Value.ContentHash, during[p.Key].ContentHash));

            var runs = new[] { first, refused, await harness.CrawlAsync(source), await harness.CrawlAsync(source) };
            Assert.All(runs.Skip(2), r => Assert.Equal(RunStatus.Complete, r.Run.Status));
            var (checkedEvents, falseEvents) = await expected.VerifyAsync(harness.Store, site);
            tally.Faults = flaky.Refused;
            tally.Runs = runs.Length;
            tally.EventsChecked = checkedEvents;
            tally.FalseEvents = falseEvents;
        }

        await browser.CloseAndAssertNoLeftoversAsync();
        tally.Report(nameof(Commit_StoreUnreachableOnce_RunFailsCleanlyAndNextRunRecoversExactly));
    }
}
