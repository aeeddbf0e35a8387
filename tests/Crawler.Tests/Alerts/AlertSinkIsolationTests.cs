using Crawler.Alerts;
using Crawler.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crawler.Tests.Alerts;

public sealed class AlertSinkIsolationTests
{
    [Fact]
    public async Task DeliverPendingAsync_OneSinkThrowsUnexpectedly_OtherSinkDeliversAndBrokenCursorStays()
    {
        await using var receiver = await AlertReceiver.StartAsync();
        await using var bed = await AlertTestBed.CreateAsync(AlertConfig.Webhook(receiver.Url()));
        await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("0", "基线", ["北京"]));
        var events = await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("1", "Agent", ["北京"]));
        var working = bed.Services.GetRequiredService<AlertSinks>().Find("hook")!;
        var brokenOptions = new AlertSinkOptions { Name = "broken", Type = "console", StartAt = "beginning" };
        var sinks = new AlertSinks([new ConfiguredAlertSink(brokenOptions, new AlertFilter(brokenOptions.Filter), new ThrowingAlertSink("broken")), working]);
        using var dispatcher = new AlertDispatcher(
            bed.Store, bed.State, sinks, bed.Services.GetRequiredService<AlertSender>(), bed.Services.GetRequiredService<IOptions<AlertOptions>>(),
            TimeProvider.System, bed.Services.GetRequiredService<ILogger<AlertDispatcher>>());

        var reports = await dispatcher.DeliverPendingAsync(CancellationToken.None);

        Assert.Equal([true, false], reports.Select(r => r.Failed));
        Assert.Equal([events[0].Id], receiver.Accepted.Select(r => r.IdempotencyKey));
        Assert.True((await bed.State.GetCursorAsync("broken", CancellationToken.None))!.Position < events[0].Sequence);
        Assert.Contains(bed.Logs.Entries, e => e.EventId == 6009 && e.Message.Contains("broken", StringComparison.Ordinal));
    }
}
