using Crawler.Commands;
using Crawler.Model;
using Crawler.Storage.Sqlite;
using Crawler.Tests.Support;

namespace Crawler.Tests.Commands;

/// <summary><c>report --out</c>: the line it prints and the page it writes count the same postings, and say which.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Delete();

    [Fact]
    public async Task ReportHtmlOut_ActiveAndGonePostings_LineSaysActiveCountAndStoredCountAsThePageDoes()
    {
        var database = _dir.File("r.db");
        var store = new SqliteCrawlStore(new SqliteStoreOptions { Path = database }, TimeProvider.System);
        await store.InitializeAsync(CancellationToken.None);
        await store.UpsertSourcesAsync([StoreTestData.Source("a")], CancellationToken.None);
        await store.SavePostingsAsync(
            [StoreTestData.Posting("a", "1"), StoreTestData.Posting("a", "2"), StoreTestData.Posting("a", "3") with { Status = PostingStatus.Gone }],
            CancellationToken.None);
        var page = _dir.File("report.html");

        var result = await CrawlerProcess.RunAsync(_dir.Path, "report", "--db", database, "--format", "html", "--out", page, "--log-format", "json");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        Assert.Contains($"Report of 2 postings active now (of 3 stored, gone ones included) written to {page}", result.Error, StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(page);
        Assert.Contains("<h1>Study report: 2 postings, 1 firms</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Postings per firm</h2>", html, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }
}
