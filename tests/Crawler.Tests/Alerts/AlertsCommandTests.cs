using System.Text.Json.Nodes;
using Crawler.Commands;
using Crawler.Tests.Support;

namespace Crawler.Tests.Alerts;

/// <summary>The <c>alerts</c> verbs as ops run them: configuration from a JSON file, database by <c>--db</c>.</summary>
public sealed class AlertsCommandTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "crawler-tests", "alerts-cli-" + Guid.NewGuid().ToString("N"));
    private AlertReceiver _receiver = null!;

    private string ConfigPath => Path.Combine(_directory, "alerts.json");

    public async Task InitializeAsync()
    {
        _receiver = await AlertReceiver.StartAsync();
        Directory.CreateDirectory(_directory);
    }

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task AlertsTest_SlackSink_ReceiverGetsSlackTestMessageAndExitZero()
    {
        await WriteConfigAsync("slack");

        var exit = await RunAsync("alerts", "test", "--sink", "hook");

        Assert.Equal(0, exit);
        var request = Assert.Single(_receiver.Requests);
        Assert.StartsWith("test-", request.IdempotencyKey, StringComparison.Ordinal);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Contains("'hook'", (string?)body["text"], StringComparison.Ordinal);
        Assert.Equal("mrkdwn", (string?)body["blocks"]![0]!["text"]!["type"]);
    }

    [Fact]
    public async Task AlertsTest_ReceiverRefuses_ExitTwo()
    {
        await WriteConfigAsync("json");
        _receiver.Script(ReceiverReply.Code(403));

        Assert.Equal(2, await RunAsync("alerts", "test", "--sink", "hook"));
    }

    [Fact]
    public async Task AlertsDeliverThenRedeliver_FirstRefused_ExitTwoThenDeliveredAndExitZero()
    {
        await WriteConfigAsync("json");
        await using var bed = await AlertTestBed.CreateAsync("{}");
        await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("0", "基线", ["北京"]));
        await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("1", "Agent", ["北京"]));
        _databasePath = bed.DatabasePath;
        _receiver.Script(ReceiverReply.Code(400));

        Assert.Equal(2, await RunAsync("alerts", "deliver"));
        Assert.Equal(0, await RunAsync("alerts", "redeliver", "--sink", "hook"));
        Assert.Equal(["moka-deepseek:1:1:appeared", "moka-deepseek:1:1:appeared"], _receiver.Requests.Select(r => r.IdempotencyKey));
        Assert.Equal(200, _receiver.Requests[1].AnsweredStatus);
    }

    [Fact]
    public async Task AlertsTestThenNewEventThenDeliver_StartAtLatest_EventAfterTheTestIsDelivered()
    {
        await File.WriteAllTextAsync(ConfigPath, $$"""
            { "Alerts": { "BaseDelay": "00:00:00.010", "MaxRetries": 1,
                "Sinks": [ { "name": "hook", "type": "webhook", "format": "json", "url": "{{_receiver.Url()}}" } ] } }
            """);
        await using var bed = await AlertTestBed.CreateAsync("{}");
        await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("0", "基线", ["北京"]));
        _databasePath = bed.DatabasePath;

        Assert.Equal(0, await RunAsync("alerts", "test", "--sink", "hook"));
        await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("1", "Agent", ["北京"]));
        Assert.Equal(0, await RunAsync("alerts", "deliver"));

        Assert.Equal(2, _receiver.Requests.Count);
        Assert.Equal("moka-deepseek:1:1:appeared", _receiver.Requests[1].IdempotencyKey);
    }

    private string? _databasePath;

    private string DatabasePath => _databasePath ?? Path.Combine(_directory, "crawler.db");

    private Task<int> RunAsync(params string[] args) =>
        CrawlerCommandLine.Create().Parse([.. args, "--sources", ConfigPath, "--db", DatabasePath, "--log-format", "json"]).InvokeAsync();

    private Task WriteConfigAsync(string format) => File.WriteAllTextAsync(ConfigPath, $$"""
        { "Alerts": { "BaseDelay": "00:00:00.010", "MaxRetries": 1,
            "Sinks": [ { "name": "hook", "type": "webhook", "format": "{{format}}", "url": "{{_receiver.Url()}}", "startAt": "beginning" } ] } }
        """);
}
