using System.Text;
using System.Text.Json.Nodes;
using Crawler.Commands;
using Crawler.Storage.Sqlite;
using Crawler.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Microsoft.VisualBasic.FileIO;

namespace Crawler.Tests.Commands;

/// <summary>
/// <c>crawler export</c> as an analyst runs it, read back by an independent CSV parser (TextFieldParser) and
/// a JSON parser; the store holds two detected runs of two sources.
/// </summary>
public sealed class ExportCommandTests : IAsyncLifetime
{
    private const string Awkward = "算法工程师, \"大模型\"\n(北京)";
    private readonly TempDirectory _temp = new();

    private string DatabasePath => _temp.File("crawler.db");

    public async Task InitializeAsync()
    {
        await using var store = new SqliteCrawlStore(new SqliteStoreOptions { Path = DatabasePath }, new FakeTimeProvider(StoreTestData.T0));
        await store.InitializeAsync(CancellationToken.None);
        var deepseek = new DetectedRuns(store, StoreTestData.Source("moka-deepseek", "DeepSeek"));
        var minimax = new DetectedRuns(store, StoreTestData.Source("atsx-minimax", "MiniMax"));
        var agent = StoreTestData.Observed("1", Awkward) with { Requirement = "本科\n3年以上", Cities = ["北京", "上海"] };
        var formula = StoreTestData.Observed("2", "=HYPERLINK(\"http://x.test\")") with { Description = "- 负责训练" };
        await deepseek.CrawlAsync(agent, formula);
        await minimax.CrawlAsync(StoreTestData.Observed("9", "Voice Engineer"));
        await deepseek.CrawlAsync(agent with { Requirement = "本科\n5年以上" }, formula);
    }

    public Task DisposeAsync()
    {
        _temp.Delete();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ExportPostingsCsv_ReadBack_OneRowPerPostingWithCitiesJoinedAndTextIntact()
    {
        var bytes = await ExportAsync("postings", "--format", "csv");

        Assert.NotEqual(0xEF, bytes[0]);
        var rows = ReadCsv(bytes);
        var header = rows[0];
        var byKey = rows.Skip(1).ToDictionary(r => r[Array.IndexOf(header, "key")]);
        Assert.Equal(["atsx-minimax:9", "moka-deepseek:1", "moka-deepseek:2"], byKey.Keys.Order(StringComparer.Ordinal));
        var agent = byKey["moka-deepseek:1"];
        Assert.Equal(Awkward, agent[Array.IndexOf(header, "title")]);
        Assert.Equal("北京|上海", agent[Array.IndexOf(header, "cities")]);
        Assert.Equal("本科\n5年以上", agent[Array.IndexOf(header, "requirement")]);
        Assert.Equal("2", agent[Array.IndexOf(header, "version")]);
        Assert.Equal("DeepSeek", agent[Array.IndexOf(header, "company")]);
        Assert.Equal("2026-06-23T09:00:00Z", agent[Array.IndexOf(header, "first_seen")]);
        Assert.Equal("=HYPERLINK(\"http://x.test\")", byKey["moka-deepseek:2"][Array.IndexOf(header, "title")]);
        Assert.All(rows, r => Assert.Equal(header.Length, r.Length));
    }

    [Fact]
    public async Task ExportPostingsCsvBom_ForExcel_StartsWithTheMarkAndDefusesFormulas()
    {
        var bytes = await ExportAsync("postings", "--format", "csv", "--bom");

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = ReadCsv(bytes[3..]);
        var header = rows[0];
        var formula = rows.Single(r => r[0] == "moka-deepseek:2");
        Assert.Equal("'=HYPERLINK(\"http://x.test\")", formula[Array.IndexOf(header, "title")]);
        Assert.Equal("'- 负责训练", formula[Array.IndexOf(header, "description")]);
    }

    [Fact]
    public async Task ExportEventsJsonlSince_OnlyLaterEventsWithWhatChanged()
    {
        var bytes = await ExportAsync("events", "--format", "jsonl", "--since", "2026-06-23T09:30:00Z");

        var lines = Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        var changed = Assert.Single(lines);
        Assert.Equal("changed", (string?)changed["kind"]);
        Assert.Equal("moka-deepseek:1", (string?)changed["posting_key"]);
        Assert.Equal(["requirement: −3年以上 +5年以上"], changed["changes"]!.AsArray().Select(c => (string?)c));
        Assert.Equal(["北京", "上海"], changed["cities"]!.AsArray().Select(c => (string?)c));
    }

    [Fact]
    public async Task ExportEventsCsv_EveryEventOldestFirst()
    {
        var rows = ReadCsv(await ExportAsync("events", "--format", "csv"));

        var kind = Array.IndexOf(rows[0], "kind");
        Assert.Equal(["appeared", "appeared", "appeared", "changed"], rows.Skip(1).Select(r => r[kind]));
        Assert.Equal("requirement: −3年以上 +5年以上", rows[^1][Array.IndexOf(rows[0], "changes")]);
    }

    [Fact]
    public async Task ExportEventsCsv_NothingSince_HeaderOnly()
    {
        var rows = ReadCsv(await ExportAsync("events", "--since", "2030-01-01"));

        var header = Assert.Single(rows);
        Assert.Equal("sequence", header[0]);
        Assert.Contains("changes", header);
    }

    [Fact]
    public async Task Export_BadSince_ExitOne()
    {
        Assert.Equal(1, await CrawlerCommandLine.Create().Parse(["export", "events", "--since", "yesterday", "--db", DatabasePath]).InvokeAsync());
    }

    private async Task<byte[]> ExportAsync(params string[] args)
    {
        var path = _temp.File(Guid.NewGuid().ToString("N") + ".out");
        var exit = await CrawlerCommandLine.Create().Parse(["export", .. args, "--out", path, "--db", DatabasePath, "--log-format", "json"]).InvokeAsync();
        Assert.Equal(0, exit);
        return await File.ReadAllBytesAsync(path);
    }

    private static List<string[]> ReadCsv(byte[] bytes)
    {
        using var parser = new TextFieldParser(new MemoryStream(bytes), Encoding.UTF8) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData) rows.Add(parser.ReadFields()!);
        return rows;
    }
}
