using System.Text.Json.Nodes;
using Crawler.Tests.Support;

namespace Crawler.Tests.Alerts;

/// <summary>Bursts and first crawls become digests; a source's first crawl is silent by default.</summary>
public sealed class AlertDigestTests : IAsyncLifetime
{
    private AlertReceiver _receiver = null!;

    private static CancellationToken Ct => CancellationToken.None;

    public async Task InitializeAsync() => _receiver = await AlertReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task DeliverPendingAsync_TwelveEventsDigestFive_OneDigestListingFiveAndSevenMore()
    {
        await using var bed = await AlertTestBed.CreateAsync(AlertConfig.Webhook(_receiver.Url(), sinkExtra: """, "digest": 5"""));
        await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("0", "基线", ["北京"]));
        var events = await bed.CommitRunAsync("moka-deepseek", "DeepSeek", [.. Enumerable.Range(1, 12).Select(i => new SeedPosting($"{i}", $"Role {i}", ["北京"]))]);

        var report = Assert.Single(await bed.Dispatcher.DeliverPendingAsync(Ct));

        var request = Assert.Single(_receiver.Requests);
        Assert.StartsWith("digest-", request.IdempotencyKey, StringComparison.Ordinal);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("digest", (string?)body["type"]);
        Assert.Equal(["Role 1", "Role 2", "Role 3", "Role 4", "Role 5"], body["events"]!.AsArray().Select(e => (string?)e!["title"]));
        Assert.Equal(7, (int)body["more"]!);
        Assert.Equal("12 new postings (DeepSeek 12)", (string?)body["text"]);
        Assert.Equal(12, report.EventsDelivered);
        Assert.Equal(events[^1].Sequence, (await bed.State.GetCursorAsync("hook", Ct))!.Position);
    }

    [Fact]
    public async Task DeliverPendingAsync_SlackDigest_SaysAndMoreWithLinksPerPosting()
    {
        await using var bed = await AlertTestBed.CreateAsync(AlertConfig.Webhook(_receiver.Url(), sinkExtra: """, "digest": 3, "format": "slack" """));
        await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("0", "基线", ["北京"]));
        await bed.CommitRunAsync("moka-deepseek", "DeepSeek", [.. Enumerable.Range(1, 10).Select(i => new SeedPosting($"{i}", $"Role {i}", ["北京"]))]);

        await bed.Dispatcher.DeliverPendingAsync(Ct);

        var body = JsonNode.Parse(Assert.Single(_receiver.Requests).Body)!;
        var blocks = body["blocks"]!.AsArray();
        Assert.Equal(5, blocks.Count);
        Assert.Equal("*<https://jobs.example.test/position/1/detail|Role 1>*\nDeepSeek · 北京 · appeared", (string?)blocks[1]!["text"]!["text"]);
        Assert.Equal("showing 3 of 10 (7 more not listed)", (string?)blocks[4]!["elements"]![0]!["text"]);
        Assert.Equal("10 new postings (DeepSeek 10) — showing 3 of 10 (7 more not listed)", (string?)body["text"]);
    }

    [Fact]
    public async Task DeliverPendingAsync_DigestInterruptedThenMoreEventsThenRestart_ResendsSameDigestIdAndContent()
    {
        await using var bed = await AlertTestBed.CreateAsync(AlertConfig.Webhook(_receiver.Url(), sinkExtra: """, "digest": 3""", alertsExtra: """, "RequestTimeout": "00:00:30" """));
        await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("0", "基线", ["北京"]));
        var burst = await bed.CommitRunAsync("moka-deepseek", "DeepSeek", [.. Enumerable.Range(1, 6).Select(i => new SeedPosting($"{i}", $"Role {i}", ["北京"]))]);
        _receiver.Script(ReceiverReply.HangUp);
        using var stop = new CancellationTokenSource();
        var delivery = bed.Dispatcher.DeliverPendingAsync(stop.Token);
        await _receiver.WaitForRequestsAsync(1);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => delivery);
        var later = await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("7", "Role 7", ["北京"]), new SeedPosting("8", "Role 8", ["北京"]));

        await bed.RestartAsync();
        await bed.Dispatcher.DeliverPendingAsync(Ct);

        var requests = _receiver.Requests;
        Assert.Equal(requests[0].IdempotencyKey, requests[1].IdempotencyKey);
        Assert.Equal(burst[^1].Sequence, (long)JsonNode.Parse(requests[1].Body)!["lastSequence"]!);
        Assert.Equal(3, (int)JsonNode.Parse(requests[1].Body)!["more"]!);
        Assert.Equal([.. later.Select(e => e.Id)], requests.Skip(2).Select(r => r.IdempotencyKey));
    }

    [Fact]
    public async Task DeliverPendingAsync_DefaultSilentFirstCrawl_FirstCrawlUnsentLaterPostingSent()
    {
        await using var bed = await AlertTestBed.CreateAsync(AlertConfig.Webhook(_receiver.Url()));
        await bed.CommitRunAsync("moka-deepseek", "DeepSeek", [.. Enumerable.Range(1, 4).Select(i => new SeedPosting($"{i}", $"Role {i}", ["北京"]))]);

        var first = Assert.Single(await bed.Dispatcher.DeliverPendingAsync(Ct));
        var later = await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("5", "Role 5", ["北京"]));
        await bed.Dispatcher.DeliverPendingAsync(Ct);

        Assert.Equal(4, first.Silenced);
        Assert.Equal([later[0].Id], _receiver.Requests.Select(r => r.IdempotencyKey));
    }

    [Fact]
    public async Task DeliverPendingAsync_FirstCrawlNotSilent_SentAsOneDigestNamingTheSource()
    {
        await using var bed = await AlertTestBed.CreateAsync(AlertConfig.Webhook(_receiver.Url(), sinkExtra: """, "silentFirstCrawl": false"""));
        await bed.CommitRunAsync("moka-deepseek", "DeepSeek", [.. Enumerable.Range(1, 3).Select(i => new SeedPosting($"{i}", $"Role {i}", ["北京"]))]);

        await bed.Dispatcher.DeliverPendingAsync(Ct);

        var body = JsonNode.Parse(Assert.Single(_receiver.Requests).Body)!;
        Assert.Equal("digest", (string?)body["type"]);
        Assert.Equal("First crawl of moka-deepseek: 3 new postings (DeepSeek 3)", (string?)body["text"]);
    }

    [Fact]
    public async Task DeliverPendingAsync_NewSinkDefaultStartAtLatest_SkipsHistoryDeliversNewEvents()
    {
        await using var bed = await AlertTestBed.CreateAsync($$"""{ "Sinks": [ { "name": "hook", "type": "webhook", "url": "{{_receiver.Url()}}" } ] }""");
        await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("0", "基线", ["北京"]));
        await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("1", "Old role", ["北京"]));

        await bed.Dispatcher.DeliverPendingAsync(Ct);
        var fresh = await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("2", "New role", ["北京"]));
        await bed.Dispatcher.DeliverPendingAsync(Ct);

        Assert.Equal([fresh[0].Id], _receiver.Requests.Select(r => r.IdempotencyKey));
    }
}
