using System.Text.Json.Nodes;
using Crawler.Model;
using Crawler.Tests.Support;

namespace Crawler.Tests.Alerts;

/// <summary>The JSON-lines file sink, next to a webhook sink with another filter.</summary>
public sealed class AlertFileSinkTests
{
    [Fact]
    public async Task DeliverPendingAsync_FileSinkAndFilteredConsoleSink_EachGetsItsOwnEvents()
    {
        var path = Path.Combine(Path.GetTempPath(), "crawler-tests", "alerts-file-" + Guid.NewGuid().ToString("N"), "out", "alerts.jsonl");
        await using var bed = await AlertTestBed.CreateAsync($$"""
            { "Sinks": [
                { "name": "all-new", "type": "file", "path": "{{path}}", "startAt": "beginning" },
                { "name": "shanghai-changes", "type": "file", "path": "{{path}}.sh", "startAt": "beginning",
                  "filter": { "kinds": ["changed", "disappeared"], "cities": ["上海"] } } ] }
            """);
        await bed.CommitRunAsync("atsx-minimax", "MiniMax", new SeedPosting("0", "基线", ["上海"]));
        var events = await bed.CommitRunAsync("atsx-minimax", "MiniMax",
            new SeedPosting("1", "Voice Engineer", ["Shanghai"]),
            new SeedPosting("0", "基线 (edited)", ["上海"]) { Kind = Crawler.Model.ChangeKind.Changed, EventCount = 2 },
            new SeedPosting("2", "Agent PM", ["北京"]));

        var reports = await bed.Dispatcher.DeliverPendingAsync(CancellationToken.None);

        var lines = await File.ReadAllLinesAsync(path);
        Assert.Equal([events[0].Id, events[2].Id], lines.Select(l => (string?)JsonNode.Parse(l)!["id"]));
        var changed = Assert.Single(await File.ReadAllLinesAsync(path + ".sh"));
        Assert.Equal(events[1].Id, (string?)JsonNode.Parse(changed)!["id"]);
        var written = JsonNode.Parse(changed)!["events"]![0]!;
        Assert.Equal("requirement: −3年以上 +5年以上", (string?)written["changeSummary"]![1]);
        Assert.Equal("-3年以上", (string?)written["changes"]![1]!["diff"]![0]);
        Assert.Equal([2, 1], reports.Select(r => r.EventsDelivered));
        Directory.Delete(Path.GetDirectoryName(Path.GetDirectoryName(path))!, recursive: true);
    }
}
