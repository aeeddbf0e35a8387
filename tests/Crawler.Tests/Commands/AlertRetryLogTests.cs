using Crawler.Commands;
using Crawler.Tests.Support;

namespace Crawler.Tests.Commands;

/// <summary>A failing webhook costs the operator one log line per try, not Polly's internal lines with exceptions.</summary>
public sealed class AlertRetryLogTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private AlertReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await AlertReceiver.StartAsync();

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        _dir.Delete();
    }

    [Fact]
    public async Task AlertsTest_ReceiverAlwaysFails_OneLinePerTryAndNoTraces()
    {
        _receiver.Script(ReceiverReply.Code(503), ReceiverReply.Code(503), ReceiverReply.Code(503));
        var config = _dir.File("alerts.json");
        await File.WriteAllTextAsync(config, $$"""
            { "Alerts": { "BaseDelay": "00:00:00.010", "MaxRetries": 2,
                "Sinks": [ { "name": "hook", "type": "webhook", "format": "json", "url": "{{_receiver.Url()}}" } ] } }
            """);

        var result = await CrawlerProcess.RunAsync(_dir.Path, "alerts", "test", "--sink", "hook", "--sources", config, "--db", _dir.File("a.db"), "--log-format", "text");

        Assert.Equal(ExitCodes.RunFailed, result.ExitCode);
        Assert.Equal(3, _receiver.Requests.Count);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Count(l => l.Contains("Alert sink hook", StringComparison.Ordinal) && l.Contains("failed: HTTP 503", StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, l => l.Contains("Resilience event", StringComparison.Ordinal) || l.Contains("Execution attempt", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }
}
