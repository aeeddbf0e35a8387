using Crawler.Tests.Support;

namespace Crawler.Tests.Alerts;

/// <summary>Webhook URLs and header values are secrets: they reach the receiver and nowhere else.</summary>
public sealed class AlertSecretsTests : IAsyncLifetime
{
    private const string SecretPath = "/services/T0SECRETWS/B0SECRETCH/xoxSECRETPATH";
    private const string Token = "Bearer tok-SECRET-123";
    private readonly string _variable = "CRAWLER_TEST_ALERT_TOKEN_" + Guid.NewGuid().ToString("N");
    private AlertReceiver _receiver = null!;

    public async Task InitializeAsync()
    {
        _receiver = await AlertReceiver.StartAsync();
        Environment.SetEnvironmentVariable(_variable, Token);
    }

    public async Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable(_variable, null);
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task DeliverPendingAsync_FailingWebhookWithSecretUrlAndHeader_LogsSinkAndHostButNoSecret()
    {
        var url = _receiver.Url(SecretPath + "?token=QSECRETQ");
        await using var bed = await AlertTestBed.CreateAsync(AlertConfig.Webhook(url,
            sinkExtra: $$""", "format": "slack", "headers": { "Authorization": "env:{{_variable}}", "X-Team": "SECRETTEAM" } """));
        await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("0", "基线", ["北京"]));
        await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("1", "A", ["北京"]), new SeedPosting("2", "B", ["北京"]));
        _receiver.Script(ReceiverReply.Code(500), ReceiverReply.Code(500), ReceiverReply.Code(500), ReceiverReply.Code(502), ReceiverReply.Code(401));

        await bed.Dispatcher.DeliverPendingAsync(Ct);

        Assert.All(_receiver.Requests, r => Assert.Equal(Token, r.Headers["Authorization"]));
        Assert.All(_receiver.Requests, r => Assert.Equal(SecretPath, r.Path));
        var logs = bed.Logs.AllText;
        Assert.Contains("Alert sink hook (http://127.0.0.1:", logs, StringComparison.Ordinal);
        Assert.Contains(bed.Logs.Entries, e => e.EventId == 6003);
        Assert.DoesNotContain("SECRET", logs, StringComparison.Ordinal);
        var letters = await bed.State.ListDeadLettersAsync(null, null, 100, Ct);
        Assert.Equal(2, letters.Count);
        Assert.All(letters, l => Assert.DoesNotContain("SECRET", l.Reason, StringComparison.Ordinal));
    }

    private static CancellationToken Ct => CancellationToken.None;
}
