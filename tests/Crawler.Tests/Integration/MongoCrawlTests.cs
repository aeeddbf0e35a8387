using Crawler.Analysis.Reporting;
using Crawler.Lab;
using Crawler.Storage;
using Crawler.Storage.Mongo;
using Crawler.Tests.Storage.Mongo;
using Crawler.Tests.Support;

namespace Crawler.Tests.Integration;

/// <summary>
/// The crawler on MongoDB chosen by configuration alone (Storage:Provider=mongodb): the wire test server, or
/// a real server when MONGODB_URI is set.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MongoCrawlTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Crawl_OnMongoByConfiguration_StoresTruthAndEmitsExactlyTheMutationsEvents()
    {
        await using var database = await MongoTestDatabase.CreateAsync();
        var options = database.Options();
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser,
            new LabOptions { Seed = 5, SiteSizes = new Dictionary<string, int> { ["minimax-social"] = 30 }, OnlySites = ["minimax-social"] },
            new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "mongodb",
                ["Storage:Mongo:ConnectionString"] = options.ConnectionString,
                ["Storage:Mongo:Database"] = options.Database,
            });
        Assert.IsType<MongoCrawlStore>(harness.Store);
        var source = harness.Source("minimax-social");

        var first = await harness.CrawlAsync(source);
        var mutation = harness.Lab.Site(source.Id).Mutate(add: 2, remove: 1, edit: 2);
        await harness.CrawlAsync(source);
        await harness.CrawlAsync(source);

        Assert.Equal(RunStatus.Complete, first.Run.Status);
        Assert.Equal(30, first.Run.Snapshots);
        var active = await harness.ActivePostingsAsync(source.Id);
        Assert.Equal(harness.Lab.Site(source.Id).GroundTruth().Select(p => p.Id).Order(), active.Values.Select(p => p.Posting.PortalId).Order());
        var events = await harness.Store.ListEventsAsync(new EventQuery { SourceId = source.Id, AfterSequence = 30 }, CancellationToken.None);
        Assert.Equal(mutation.Added.Count, events.Count(e => e.Kind == ChangeKind.Appeared));
        Assert.Equal(mutation.Edited.Count, events.Count(e => e.Kind == ChangeKind.Changed));
        Assert.Equal(mutation.Removed.Count, events.Count(e => e.Kind == ChangeKind.Disappeared));
        Assert.Equal(events.Count, events.Select(e => e.Id).Distinct().Count());
        Assert.All(active.Values, p => Assert.NotNull(p.Derived));

        // The analysts' report reads the same from MongoDB as from the postings the crawl produced.
        var report = StudyReportBuilder.Build(active.Values, new ReportOptions());
        Assert.Equal(31, report.PostingsByFirm.Single().Postings);
    }
}
