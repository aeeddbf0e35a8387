using Crawler.Tests.Support;

namespace Crawler.Tests.Alerts;

/// <summary>Delivery composed on MongoDB (crawl store and alert state), end to end against a real local receiver.</summary>
public sealed class AlertDispatcherMongoTests : IAsyncLifetime
{
    private AlertReceiver _receiver = null!;

    private static CancellationToken Ct => CancellationToken.None;

    public async Task InitializeAsync() => _receiver = await AlertReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task DeliverPendingAsync_OnMongoReceiver404ThenRestart_DeadLetterSurvivesAndRedeliverSendsIt()
    {
        await using var bed = await AlertTestBed.CreateOnMongoAsync(AlertConfig.Webhook(_receiver.Url()));
        await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("0", "基线", ["北京"]));
        var events = await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("1", "A", ["北京"]), new SeedPosting("2", "B", ["北京"]));
        _receiver.Script(ReceiverReply.Code(404));

        var report = Assert.Single(await bed.Dispatcher.DeliverPendingAsync(Ct));
        await bed.RestartAsync();
        var again = Assert.Single(await bed.Dispatcher.DeliverPendingAsync(Ct));

        Assert.Equal(1, report.EventsDeadLettered);
        Assert.Equal(0, again.EventsDelivered);
        Assert.Equal(events[^1].Sequence, (await bed.State.GetCursorAsync("hook", Ct))!.Position);
        var letter = Assert.Single(await bed.State.ListDeadLettersAsync("hook", null, 100, Ct));
        Assert.Equal(events[0].Id, letter.EventId);
        Assert.StartsWith("HTTP 404", letter.Reason, StringComparison.Ordinal);

        var redelivered = await bed.Redelivery.RedeliverAsync("hook", null, Ct);

        Assert.Equal(1, redelivered.Delivered);
        Assert.Equal([events[1].Id, events[0].Id], _receiver.Accepted.Select(r => r.IdempotencyKey));
        Assert.Empty(await bed.State.ListDeadLettersAsync(null, null, 100, Ct));
    }
}
