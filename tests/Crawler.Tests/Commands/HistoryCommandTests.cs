using Crawler.Changes;
using Crawler.Commands;
using Crawler.Storage;
using Crawler.Storage.Sqlite;
using Crawler.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Crawler.Tests.Commands;

/// <summary><c>crawler history KEY</c> over a store that three detected runs wrote.</summary>
public sealed class HistoryCommandTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "crawler-tests", "history-" + Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_directory, "crawler.db");

    public async Task InitializeAsync()
    {
        await using var store = await OpenAsync();
        var runs = new DetectedRuns(store, StoreTestData.Source("moka-deepseek", "DeepSeek"));
        var posting = StoreTestData.Observed("7", "Agent 工程师") with { Requirement = "本科\n3年以上\n熟悉 Python" };
        await runs.CrawlAsync(posting);
        await runs.CrawlAsync(posting with { Requirement = "本科\n5年以上\n熟悉 Python" });
        await runs.CrawlAsync(posting with { Requirement = "本科\n5年以上\n熟悉 Python", PortalStatus = "pause" });
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    private async Task<SqliteCrawlStore> OpenAsync()
    {
        var store = new SqliteCrawlStore(new SqliteStoreOptions { Path = DatabasePath }, new FakeTimeProvider(StoreTestData.T0));
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    [Fact]
    public async Task Render_ThreeVersions_FirstShowsFieldsLaterOnesWhatChanged()
    {
        await using var store = await OpenAsync();
        var versions = await store.ListPostingVersionsAsync("moka-deepseek:7", CancellationToken.None);
        var current = (await store.GetPostingsAsync("moka-deepseek", CancellationToken.None))["moka-deepseek:7"];

        var lines = PostingHistoryText.Render(current, versions).Split('\n');

        Assert.StartsWith("moka-deepseek:7  DeepSeek · Agent 工程师 · active", lines[0], StringComparison.Ordinal);
        Assert.Equal("v1  2026-06-23 09:00Z → 2026-06-23 10:00Z  no snapshot", lines[1]);
        Assert.Contains("    title: +Agent 工程师", lines);
        Assert.Contains("    requirement: +本科 +3年以上 +熟悉 Python", lines);
        var v2 = Array.IndexOf(lines, "v2  2026-06-23 10:00Z → 2026-06-23 11:00Z  no snapshot");
        Assert.Equal("    requirement: −3年以上 +5年以上", lines[v2 + 1]);
        Assert.Equal("v3  2026-06-23 11:00Z → now  no snapshot", lines[v2 + 2]);
        Assert.Equal("    portalStatus: −open +pause", lines[v2 + 3]);
    }

    [Fact]
    public async Task Invoke_KnownAndUnknownKey_ExitZeroAndOne()
    {
        Assert.Equal(0, await RunAsync("history", "moka-deepseek:7"));
        Assert.Equal(0, await RunAsync("history", "moka-deepseek:7", "--json"));
        Assert.Equal(1, await RunAsync("history", "moka-deepseek:404"));
    }

    private Task<int> RunAsync(params string[] args) =>
        CrawlerCommandLine.Create().Parse([.. args, "--db", DatabasePath, "--log-format", "json"]).InvokeAsync();
}
