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
        // raw.city_list as ATSX sends it: a list of {code, name} objects.
        StoredPosting Posting(string source, string id, string company, double? years, string[] cities, string[] tags, PostingStatus status = PostingStatus.Active, bool campus = false, string rawCities = """{"code":"CT_11","name":"北京"}""") =>
            StoreTestData.Posting(source, id, company) with
            {
                Status = status,
                Posting = StoreTestData.Observed(id) with { RawJson = $$"""{"id":"{{id}}","city_list":[{{rawCities}}]}""" },
                Derived = new DerivedFields { MinYearsExperience = years, IsCampus = campus, Cities = cities, AreaTags = tags, RulesVersion = 1 },
            };
        List<StoredPosting> postings =
        [
            Posting("s", "1", "DeepSeek", 0, ["Beijing", "Hangzhou"], ["coding-agents"], campus: true, rawCities: """{"code":"CT_11","name":"北京"},{"code":"CT_126","name":"杭州"}"""),
            Posting("s", "2", "DeepSeek", 3, ["Beijing"], ["coding-agents", "voice"]),
            Posting("s", "3", "DeepSeek", null, ["Beijing"], []),
            Posting("s", "4", "MiniMax", 5, ["Shanghai"], ["voice"], rawCities: """{"code":"CT_125","name":"上海"}"""),
            Posting("s", "5", "MiniMax", 1, [], ["robotics"], campus: true, rawCities: ""),
            Posting("s", "6", "MiniMax", 9, ["Shenzhen"], ["voice"], PostingStatus.Gone, rawCities: """{"code":"CT_128","name":"深圳"}"""),
        ];
        // Appearances 1, 2, 6, 8 and 30 days before T0 (and a change, which the query must not count).
        List<ChangeEvent> events =
        [
            StoreTestData.Event(postings[0], ChangeKind.Appeared, "run-1", StoreTestData.T0.AddDays(-1)),
            StoreTestData.Event(postings[1], ChangeKind.Appeared, "run-1", StoreTestData.T0.AddDays(-6)),
            StoreTestData.Event(postings[2], ChangeKind.Appeared, "run-1", StoreTestData.T0.AddDays(-8)),
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

    [Theory]
    [InlineData(0.0, "DeepSeek=2 MiniMax=1")] // the 1-, 2- and 6-day-old appearances; not 8 or 30 days
    [InlineData(3.0, "DeepSeek=1 MiniMax=1")] // 4 and 5 days old now; the one 9 days old has left
    [InlineData(5.5, "DeepSeek=1")]           // only the one 6.5 days old is left
    [InlineData(30.0, "")]
    public async Task AppearedLastSevenDays_RunAtAClock_CountsOnlyAppearancesInTheWeekBeforeIt(double daysAfterT0, string expected)
    {
        var rows = await RunAsync("appeared-last-7-days", "events", StoreTestData.T0.AddDays(daysAfterT0));

        Assert.Equal(expected, string.Join(' ', rows.OrderBy(r => r["_id"].AsString, StringComparer.Ordinal).Select(r => $"{r["_id"].AsString}={r["postings"].ToInt32()}")));
    }

    [Fact]
    public async Task RawCityQuery_AsSchemaDocumentsIt_FindsThePostingsWhoseCityListNamesTheCity()
    {
        var find = Regex.Match(SchemaText(), @"`db\.postings\.find\((?<filter>\{[^`]*\})\)`");
        var filter = BsonDocument.Parse(find.Groups["filter"].Value);
        var postings = _inspector.GetDatabase(_database.Name).GetCollection<BsonDocument>("postings");

        var found = await postings.Find(filter).ToListAsync();

        Assert.Equal(new BsonDocument("raw.city_list.name", "北京"), filter);
        Assert.Equal(["s:1", "s:2", "s:3"], found.Select(d => d["_id"].AsString).Order());
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

    private async Task<List<BsonDocument>> RunAsync(string name, string collection = "postings", DateTimeOffset? now = null)
    {
        var pipeline = BsonSerializer.Deserialize<BsonArray>(DocumentedPipeline(name, now));
        var postings = _inspector.GetDatabase(_database.Name).GetCollection<BsonDocument>(collection);
        return await postings.Aggregate<BsonDocument>(pipeline.Select(stage => stage.AsBsonDocument).ToArray()).ToListAsync();
    }

    /// <summary>
    /// The pipeline SCHEMA.md documents under <paramref name="name"/>; with <paramref name="now"/>, its one example
    /// date replaced by now minus 7 days, as the document tells the analyst to do.
    /// </summary>
    internal static string DocumentedPipeline(string name, DateTimeOffset? now = null)
    {
        var match = QuerySection().Matches(SchemaText()).SingleOrDefault(m => m.Groups["name"].Value == name);
        var pipeline = match?.Groups["json"].Value ?? throw new InvalidOperationException($"SCHEMA.md documents no query '{name}'");
        if (now is not { } clock) return pipeline;
        Assert.Single(ExampleDate().Matches(pipeline));
        var windowStart = clock.AddDays(-7).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        return ExampleDate().Replace(pipeline, _ => $"{{ \"$date\": \"{windowStart}\" }}");
    }

    private static string SchemaText()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Crawler.sln")))
        {
            directory = directory.Parent;
        }

        return File.ReadAllText(Path.Combine(directory!.FullName, "crawler", "Crawler.Service", "Storage", "Mongo", "SCHEMA.md"));
    }

    [GeneratedRegex(@"\{ ""\$date"": ""[^""]+"" \}")]
    private static partial Regex ExampleDate();

    [GeneratedRegex(@"^### (?<name>[\w-]+)\n(?:[^\n]*\n)*?```json\n(?<json>.*?)```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex QuerySection();
}
