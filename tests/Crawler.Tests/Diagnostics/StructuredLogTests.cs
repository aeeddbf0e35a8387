using System.Text.Json;
using Crawler.Hosting;
using Crawler.Lab;
using Crawler.Model;
using Crawler.Tests.Support;
using Microsoft.Extensions.Configuration;
using Serilog;

namespace Crawler.Tests.Diagnostics;

/// <summary>The JSON log file ops grep: every line written during a crawl names its source and run.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StructuredLogTests(BrowserFixture fixture)
{
    [Fact]
    public async Task RollingJsonFile_LinesOfACrawl_CarrySourceIdAndRunId()
    {
        var temp = new TempDirectory();
        var logPath = temp.File("logs/crawler-.json");
        // The same keys appsettings.json uses for its rolling file sink, read by Serilog.Settings.Configuration.
        var logging = new Dictionary<string, string?>
        {
            ["Logging:Format"] = "text",
            ["Serilog:WriteTo:RollingFile:Name"] = "File",
            ["Serilog:WriteTo:RollingFile:Args:path"] = logPath,
            ["Serilog:WriteTo:RollingFile:Args:formatter"] = "Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact",
            ["Serilog:WriteTo:RollingFile:Args:rollingInterval"] = "Day",
        };
        var serilog = LoggingSetup.Configure(new LoggerConfiguration(), new ConfigurationBuilder().AddInMemoryCollection(logging).Build()).CreateLogger();
        await using var lab = await LabHost.StartAsync(LabSourceDefinitions.Small(("minimax-campus", 4)));
        await using (var worker = await WorkerHarness.CreateAsync(temp.File("crawler.db"), "w", LabSourceDefinitions.All(lab), fixture.Browser,
                         configure: (services, _) => services.AddSerilog(serilog, dispose: true)))
        {
            await worker.Worker.PollAsync(CancellationToken.None);
            await worker.Worker.WhenIdleAsync();
            Assert.Equal(RunStatus.Complete, Assert.Single(await worker.RunsAsync()).Status);
        }

        var file = Directory.GetFiles(Path.GetDirectoryName(logPath)!).Single();
        var lines = File.ReadAllLines(file).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var crawlLines = lines.Where(l => l.TryGetProperty("SourceContext", out var c) && c.GetString() is "Crawler.Crawling.CrawlRunner" or "Crawler.Crawling.RunCommitter").ToList();
        Assert.True(crawlLines.Count >= 2, "the runner logs at least its start and its result");
        var finished = crawlLines.Single(l => l.GetProperty("EventId").GetProperty("Id").GetInt32() == 2002);
        Assert.DoesNotContain("RunId", finished.GetProperty("@mt").GetString()!, StringComparison.Ordinal);
        // Every {Hole} of the summary has its property, so the text log prints figures, not "new {New}".
        Assert.All(System.Text.RegularExpressions.Regex.Matches(finished.GetProperty("@mt").GetString()!, @"\{(\w+)\}"),
            hole => Assert.True(finished.TryGetProperty(hole.Groups[1].Value, out _), $"no property for {hole.Value}"));
        Assert.Equal(4, finished.GetProperty("Appeared").GetInt32());
        Assert.All(crawlLines, l =>
        {
            Assert.Equal("minimax-campus", l.GetProperty("SourceId").GetString());
            Assert.StartsWith("minimax-campus-", l.GetProperty("RunId").GetString()!, StringComparison.Ordinal);
        });
        temp.Delete();
    }
}
