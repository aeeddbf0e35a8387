using Crawler.Alerts;
using Crawler.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Crawler.Tests.Alerts;

/// <summary>The background delivery that <c>run</c> adds.</summary>
public sealed class AlertDeliveryServiceTests
{
    [Fact]
    public async Task ExecuteAsync_EventsCommittedWhileRunning_DeliveredWithinAFewIntervals()
    {
        await using var receiver = await AlertReceiver.StartAsync();
        await using var bed = await AlertTestBed.CreateAsync(AlertConfig.Webhook(receiver.Url(), alertsExtra: """, "DeliveryInterval": "00:00:00.100" """));
        await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("0", "基线", ["北京"]));
        using var service = new AlertDeliveryService(
            bed.Dispatcher, bed.Services.GetRequiredService<AlertSinks>(), bed.Services.GetRequiredService<IOptions<AlertOptions>>(),
            TimeProvider.System, NullLogger<AlertDeliveryService>.Instance);

        await service.StartAsync(CancellationToken.None);
        var events = await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("1", "Agent", ["北京"]), new SeedPosting("2", "Agent 2", ["北京"]));
        await receiver.WaitForRequestsAsync(2);
        await service.StopAsync(CancellationToken.None);

        Assert.Equal(events.Select(e => e.Id), receiver.Accepted.Select(r => r.IdempotencyKey));
    }
}
