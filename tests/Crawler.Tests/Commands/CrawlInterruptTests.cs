using System.Text.Json;
using Crawler.Commands;
using Crawler.Lab;
using Crawler.Model;
using Crawler.Storage;
using Crawler.Storage.Sqlite;
using Crawler.Tests.Support;

namespace Crawler.Tests.Commands;

/// <summary>Stopping <c>crawl</c> mid-run (Ctrl-C, or SIGTERM from a supervisor): one line, exit 130, the run recorded abandoned.</summary>
[Collection(SerialCollection.Name)]
public sealed class CrawlInterruptTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Delete();

    [Fact]
    public async Task Crawl_TerminatedMidRun_OneLineExit130AndRunAbandoned()
    {
        await using var lab = await LabHost.StartAsync(LabSourceDefinitions.Small(("minimax-social", 197)));
        var source = LabSourceDefinitions.For(lab, "minimax-social");
        var sources = _dir.File("s.json");
        await File.WriteAllTextAsync(sources, JsonSerializer.Serialize(new
        {
            Sources = new[] { new { id = source.Id, company = source.Company, platform = source.Platform, entryUrl = source.EntryUrl.ToString(), settings = source.Settings } },
        }));
        var database = _dir.File("c.db");
        using var crawl = CrawlerChild.Start(_dir.Path, "crawl", "--sources", sources, "--db", database, "--log-format", "json");
        await crawl.WaitForErrorLineAsync("\"Name\":\"LogLaunching\"", TimeSpan.FromSeconds(60));

        crawl.Signal("TERM");
        var exit = await crawl.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(ExitCodes.Interrupted, exit);
        Assert.Contains("\nInterrupted: stopped before finishing", "\n" + crawl.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", crawl.Error, StringComparison.Ordinal);
        var store = new SqliteCrawlStore(new SqliteStoreOptions { Path = database, ReadOnly = true }, TimeProvider.System);
        await store.InitializeAsync(CancellationToken.None);
        Assert.Equal(RunStatus.Abandoned, Assert.Single(await store.ListRunsAsync(source.Id, 5, CancellationToken.None)).Status);
    }
}
