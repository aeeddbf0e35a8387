using Crawler.Analysis.Reporting;
using Crawler.Lab;
using Crawler.Model;
using Crawler.Storage;
using Crawler.Storage.Mongo;
using Crawler.Tests.Storage.Mongo;
using Crawler.Tests.Support;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;

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
        var second = await harness.CrawlAsync(source);
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

        // The analyst queries documented in SCHEMA.md, run as an analyst would on what this crawl stored,
        // agree with the report computed from the same postings.
        using var inspector = database.InspectorClient();
        var db = inspector.GetDatabase(database.Name);
        async Task<List<BsonDocument>> QueryAsync(string name, string collection = "postings", DateTimeOffset? now = null) =>
            await db.GetCollection<BsonDocument>(collection)
                .Aggregate<BsonDocument>(BsonSerializer.Deserialize<BsonArray>(MongoAnalystQueryTests.DocumentedPipeline(name, now)).Select(stage => stage.AsBsonDocument).ToArray())
                .ToListAsync();
        var perFirm = Assert.Single(await QueryAsync("active-by-company"));
        Assert.Equal(("MiniMax", 31), (perFirm["_id"].AsString, perFirm["postings"].ToInt32()));
        var campus = Assert.Single(await QueryAsync("campus-share"));
        Assert.Equal(report.Campus.Campus, campus["campus"].ToInt32());
        var cityWeights = (await QueryAsync("city-share")).ToDictionary(r => r["_id"].AsString, r => r["postings"].ToDouble());
        foreach (var city in report.Cities.Cities.Where(c => cityWeights.ContainsKey(c.City)))
        {
            Assert.Equal(city.Weight, cityWeights[city.City], precision: 9);
        }

        Assert.Equal(report.Cities.Cities.Sum(c => c.Weight), cityWeights.Values.Sum(), precision: 9);
        // The week before the last run holds every appearance; the week ending 7 days after the second run
        // started holds only the postings that run found new, not the first run's 30.
        var appeared = Assert.Single(await QueryAsync("appeared-last-7-days", "events", DateTimeOffset.UtcNow));
        Assert.Equal(30 + mutation.Added.Count, appeared["postings"].ToInt32());
        var appearedSince = Assert.Single(await QueryAsync("appeared-last-7-days", "events", second.Run.StartedAt.AddDays(7)));
        Assert.Equal(mutation.Added.Count, appearedSince["postings"].ToInt32());
    }
}
