using System.Text.Json;
using Crawler.Lab;
using Crawler.Model;
using Crawler.Storage.Sqlite;
using Crawler.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Crawler.Tests.Faults;

/// <summary>
/// The real worker SIGKILLed while listing, while rendering details and right after its commit: the store stays
/// consistent, the interrupted run is marked abandoned once its lease expires, the restarted worker completes a
/// run, and across the two no posting is lost and no event is duplicated.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkerKillTests(ITestOutputHelper output) : IDisposable
{
    private const string Site = "bytedance-campus";
    private readonly string _directory = Directory.CreateTempSubdirectory("crawler-kill-").FullName;

    [Theory]
    [InlineData("listing")]
    [InlineData("details")]
    [InlineData("after-commit")]
    public async Task Worker_SigkilledMidRun_RestartRecoversWithoutLostPostingsOrDuplicateEvents(string point)
    {
        var tally = new FaultTally(output);
        var baseline = ChromiumProcesses.Descendants();
        await using var lab = await LabHost.StartAsync(FaultLab.Options(Site, 20));
        var site = lab.Site(Site);
        site.Faults = FaultPlan.None with { Seed = 2, SlowRate = 1, SlowDelay = TimeSpan.FromMilliseconds(200) };
        var database = Path.Combine(_directory, "crawler.db");
        var sources = WriteSources(site);
        var expected = new ExpectedEvents(Site);
        expected.Initial(site.GroundTruth());

        using (var first = WorkerProcess.Start(_directory, sources, database))
        {
            await Wait.UntilAsync(async () => point switch
            {
                "listing" => site.Stats.ListCalls >= 2 && await CountRunsAsync(database, "running") == 1,
                "details" => site.Stats.DetailCalls >= 3,
                _ => await CountRunsAsync(database, "complete") == 1,
            }, TimeSpan.FromSeconds(90), point + " in the first worker\n" + first.Tail());
            first.Kill();
        }

        // Consistent right after the kill: either nothing of the run or all of it.
        var (postings, events) = await CountPostingsAndEventsAsync(database);
        Assert.Equal(point == "after-commit" ? 20 : 0, postings);
        Assert.Equal(postings, events);
        if (point == "after-commit")
        {
            expected.Mutation(site.Mutate(add: 2, remove: 0, edit: 2));
            await MakeDueAsync(database);
        }

        using (var second = WorkerProcess.Start(_directory, sources, database))
        {
            var completeRuns = point == "after-commit" ? 2 : 1;
            await Wait.UntilAsync(async () => await CountRunsAsync(database, "complete") == completeRuns,
                TimeSpan.FromSeconds(120), "a complete run in the restarted worker\n" + second.Tail());
            second.Kill();
        }

        await using var store = new SqliteCrawlStore(new SqliteStoreOptions { Path = database }, TimeProvider.System);
        var runs = await store.ListRunsAsync(Site, 10, CancellationToken.None);
        Assert.DoesNotContain(runs, r => r.Status == RunStatus.Running);
        Assert.Equal(point == "after-commit" ? 0 : 1, runs.Count(r => r.Status == RunStatus.Abandoned));
        var (checkedEvents, falseEvents) = await expected.VerifyAsync(store, site);
        var left = await ChromiumProcesses.LeftoversAsync(baseline, TimeSpan.FromSeconds(15));
        Assert.True(left.Count == 0, $"Chromium outlived the killed workers: {string.Join(", ", left)}");
        tally.Faults = 1;
        tally.Runs = runs.Count;
        tally.EventsChecked = checkedEvents;
        tally.FalseEvents = falseEvents;
        tally.Report(nameof(Worker_SigkilledMidRun_RestartRecoversWithoutLostPostingsOrDuplicateEvents) + "_" + point);
        output.WriteLine($"runs: {string.Join(", ", runs.Select(r => r.Status))}");
    }

    private string WriteSources(LabSite site)
    {
        var path = Path.Combine(_directory, "sources.json");
        var document = new
        {
            Sources = new[]
            {
                new { id = site.Id, company = site.Company, platform = site.Family, entryUrl = site.EntryUrl.ToString(), settings = new { pageSize = "5" } },
            },
        };
        File.WriteAllText(path, JsonSerializer.Serialize(document));
        return path;
    }

    private static SqliteConnection ReadOnly(string database) => new($"Data Source={database};Mode=ReadOnly;Pooling=False");

    private static async Task<long> CountRunsAsync(string database, string status)
    {
        if (!File.Exists(database)) return 0;
        try
        {
            await using var connection = ReadOnly(database);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM runs WHERE status = $status";
            command.Parameters.AddWithValue("$status", status);
            return (long)(await command.ExecuteScalarAsync())!;
        }
        catch (SqliteException)
        {
            return 0; // the schema is not there yet
        }
    }

    private static async Task<(long Postings, long Events)> CountPostingsAndEventsAsync(string database)
    {
        await using var connection = ReadOnly(database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM postings), (SELECT COUNT(*) FROM events)";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>Brings the next scheduled run forward, as the schedule would a day later.</summary>
    private static async Task MakeDueAsync(string database)
    {
        await using var store = new SqliteCrawlStore(new SqliteStoreOptions { Path = database }, TimeProvider.System);
        var state = (await store.ListSourceStatesAsync(CancellationToken.None)).Single(s => s.SourceId == Site);
        await store.UpdateSourceStateAsync(state with { NextDueAt = DateTimeOffset.UtcNow.AddSeconds(-1) }, CancellationToken.None);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
