using System.Diagnostics;
using Crawler.Tests.Support;
using Xunit.Abstractions;

namespace Crawler.Tests.Alerts;

/// <summary>Delivery figures for the docs: throughput to a local receiver, with and without failing answers.</summary>
public sealed class AlertDeliveryFiguresTests(ITestOutputHelper output) : IAsyncLifetime
{
    private AlertReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await AlertReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public async Task DeliverPendingAsync_TwoHundredEventsEveryNthAnswer500_AllAcceptedOnceInOrder(int failEvery)
    {
        // Batches of 10 with a digest limit of 10: every event goes as its own message.
        await using var bed = await AlertTestBed.CreateAsync(AlertConfig.Webhook(_receiver.Url(), alertsExtra: """, "BatchSize": 10"""));
        await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("0", "基线", ["北京"]));
        var events = await bed.CommitRunAsync("moka-deepseek", "DeepSeek", [.. Enumerable.Range(1, 200).Select(i => new SeedPosting($"{i}", $"Role {i}", ["北京"]))]);
        if (failEvery > 0)
        {
            _receiver.Script([.. Enumerable.Range(1, 250).Select(i => i % failEvery == 0 ? ReceiverReply.Code(500) : ReceiverReply.Ok)]);
        }

        var clock = Stopwatch.StartNew();
        var report = Assert.Single(await bed.Dispatcher.DeliverPendingAsync(CancellationToken.None));
        clock.Stop();

        Assert.Equal(events.Select(e => e.Id), _receiver.Accepted.Select(r => r.IdempotencyKey));
        output.WriteLine($"200 events, {(failEvery > 0 ? $"every {failEvery}th answer 500" : "no failures")}: {clock.ElapsedMilliseconds} ms, {_receiver.Requests.Count} requests, {report.Retries} retries, {200_000.0 / clock.ElapsedMilliseconds:F0} events/s");
    }

    [Fact]
    public async Task DeliverPendingAsync_FirstCrawlOfThousandNotSilent_OneDigestRequest()
    {
        await using var bed = await AlertTestBed.CreateAsync(AlertConfig.Webhook(_receiver.Url(), sinkExtra: """, "silentFirstCrawl": false, "format": "slack" """));
        await bed.CommitRunAsync("bytedance-campus", "ByteDance", [.. Enumerable.Range(1, 1000).Select(i => new SeedPosting($"{i}", $"Role {i}", ["北京"]))]);

        var clock = Stopwatch.StartNew();
        var report = Assert.Single(await bed.Dispatcher.DeliverPendingAsync(CancellationToken.None));
        clock.Stop();

        var request = Assert.Single(_receiver.Requests);
        Assert.Contains("showing 10 of 1000 (990 more not listed)", request.Body, StringComparison.Ordinal);
        Assert.Equal(1000, report.EventsDelivered);
        output.WriteLine($"first crawl of 1000 postings: 1 digest request of {request.Body.Length} bytes in {clock.ElapsedMilliseconds} ms");
    }
}
