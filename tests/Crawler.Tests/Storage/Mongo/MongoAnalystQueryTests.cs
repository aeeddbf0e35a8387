using System.Text.RegularExpressions;
using Crawler.Model;
using Crawler.Storage;
using Crawler.Tests.Support;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;

namespace Crawler.Tests.Storage.Mongo;

/// <summary>Runs the analyst pipelines exactly as SCHEMA.md documents them against postings the store wrote.</summary>
public sealed partial class MongoAnalystQueryTests : IAsyncLifetime
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private MongoTestDatabase _database = null!;
    private MongoClient _inspector = null!;

    public async Task InitializeAsync()
    {
        _database = await MongoTestDatabase.CreateAsync();
        await using var store = _database.CreateStore();
        await store.InitializeAsync(Ct);
        StoredPosting Posting(string source, string id, string company, double? years, string[] cities, string[] tags, PostingStatus status = PostingStatus.Active, bool campus = false) =>
            StoreTestData.Posting(source, id, company) with
            {
                Status = status,
                Derived = new DerivedFields { MinYearsExperience = years, IsCampus = campus, Cities = cities, AreaTags = tags, RulesVersion = 1 },
            };
        List<StoredPosting> postings =
        [
            Posting("s", "1", "DeepSeek", 0, ["Beijing", "Hangzhou"], ["coding-agents"], campus: true),
            Posting("s", "2", "DeepSeek", 3, ["Beijing"], ["coding-agents", "voice"]),
            Posting("s", "3", "DeepSeek", null, ["Beijing"], []),
            Posting("s", "4", "MiniMax", 5, ["Shanghai"], ["voice"]),
            Posting("s", "5", "MiniMax", 1, [], ["robotics"], campus: true),
            Posting("s", "6", "MiniMax", 9, ["Shenzhen"], ["voice"], PostingStatus.Gone),
        ];
        // Three appeared within the last 7 days before T0, one long before.
        List<ChangeEvent> events =
        [
            StoreTestData.Event(postings[0], ChangeKind.Appeared, "run-1", StoreTestData.T0.AddDays(-1)),
            StoreTestData.Event(postings[1], ChangeKind.Appeared, "run-1", StoreTestData.T0.AddDays(-6)),
            StoreTestData.Event(postings[3], ChangeKind.Appeared, "run-1", StoreTestData.T0.AddDays(-2)),
            StoreTestData.Event(postings[4], ChangeKind.Appeared, "run-1", StoreTestData.T0.AddDays(-30)),
            StoreTestData.Event(postings[4], ChangeKind.Changed, "run-1", StoreTestData.T0.AddDays(-1)) with { Id = "changed-5" },
        ];
        await store.CommitRunAsync(new RunCommit(StoreTestData.Run("s", "run-1", StoreTestData.T0), postings, events), Ct);
        _inspector = _database.InspectorClient();
    }

    public async Task DisposeAsync()
    {
        _inspector.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task ActiveByCompany_CountsOnlyActivePostings()
    {
        var rows = await RunAsync("active-by-company");

        Assert.Equal([("DeepSeek", 3), ("MiniMax", 2)], rows.Select(r => (r["_id"].AsString, r["postings"].ToInt32())));
    }

    [Fact]
    public async Task MeanMinYearsByCompany_CampusCountsZeroUnstatedExcluded()
    {
        var rows = await RunAsync("mean-min-years-by-company");

        // DeepSeek: campus (0) and 3, the unstated one excluded; MiniMax: 5 and a campus posting stating 1 (counts 0).
        Assert.Equal([("DeepSeek", 1.5, 2), ("MiniMax", 2.5, 2)], rows.Select(r => (r["_id"].AsString, r["meanMinYears"].ToDouble(), r["postings"].ToInt32())));
    }

    [Fact]
    public async Task CampusShare_CountsCampusAmongActivePostingsPerFirm()
    {
        var rows = await RunAsync("campus-share");

        Assert.Equal([("DeepSeek", 1, 3, 1 / 3.0), ("MiniMax", 1, 2, 0.5)],
            rows.Select(r => (r["_id"].AsString, r["campus"].ToInt32(), r["postings"].ToInt32(), r["campusShare"].ToDouble())));
    }

    [Fact]
    public async Task AppearedLastSevenDays_CountsRecentAppearedEventsPerFirm()
    {
        var rows = await RunAsync("appeared-last-7-days", "events");

        Assert.Equal([("DeepSeek", 2), ("MiniMax", 1)], rows.Select(r => (r["_id"].AsString, r["postings"].ToInt32())));
    }

    [Fact]
    public async Task CityShare_PostingInNCitiesCountsOneNthToEach()
    {
        var rows = await RunAsync("city-share");

        Assert.Equal([("Beijing", 2.5), ("Shanghai", 1.0), ("Hangzhou", 0.5)], rows.Select(r => (r["_id"].AsString, r["postings"].ToDouble())));
    }

    [Fact]
    public async Task AreaTags_PostingCountsOncePerTag()
    {
        var rows = await RunAsync("area-tags");

        Assert.Equal(
            new Dictionary<string, int> { ["coding-agents"] = 2, ["voice"] = 2, ["robotics"] = 1 },
            rows.ToDictionary(r => r["_id"].AsString, r => r["postings"].ToInt32()));
    }

    private async Task<List<BsonDocument>> RunAsync(string name, string collection = "postings")
    {
        var pipeline = BsonSerializer.Deserialize<BsonArray>(DocumentedPipeline(name));
        var postings = _inspector.GetDatabase(_database.Name).GetCollection<BsonDocument>(collection);
        return await postings.Aggregate<BsonDocument>(pipeline.Select(stage => stage.AsBsonDocument).ToArray()).ToListAsync();
    }

    internal static string DocumentedPipeline(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Crawler.sln")))
        {
            directory = directory.Parent;
        }

        var schema = File.ReadAllText(Path.Combine(directory!.FullName, "crawler", "Crawler.Service", "Storage", "Mongo", "SCHEMA.md"));
        var match = QuerySection().Matches(schema).SingleOrDefault(m => m.Groups["name"].Value == name);
        return match?.Groups["json"].Value ?? throw new InvalidOperationException($"SCHEMA.md documents no query '{name}'");
    }

    [GeneratedRegex(@"^### (?<name>[\w-]+)\n(?:[^\n]*\n)*?```json\n(?<json>.*?)```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex QuerySection();
}
