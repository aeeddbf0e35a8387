using System.Text.Json.Nodes;
using Crawler.Model;
using Crawler.Tests.Support;

namespace Crawler.Tests.Alerts;

/// <summary>Delivery to a real local webhook receiver from a temp SQLite store: filters, retries, dead letters, restarts.</summary>
public sealed class AlertDispatcherTests : IAsyncLifetime
{
    private AlertReceiver _receiver = null!;

    private static CancellationToken Ct => CancellationToken.None;

    public async Task InitializeAsync() => _receiver = await AlertReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task DeliverPendingAsync_DeepSeekAgentInBeijingFilter_OnlyMatchingEventArrives()
    {
        await using var bed = await AlertTestBed.CreateAsync(AlertConfig.Webhook(_receiver.Url(),
            """{ "companies": ["DeepSeek"], "cities": ["Beijing"], "keywords": ["agent"] }"""));
        await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("0", "基线岗位", ["北京"]));
        await bed.CommitRunAsync("atsx-minimax", "MiniMax", new SeedPosting("0", "基线", ["上海"]));
        var deepseek = await bed.CommitRunAsync("moka-deepseek", "DeepSeek",
            new SeedPosting("1", "AI Agent 算法工程师", ["北京市"]),
            new SeedPosting("2", "Agent 产品经理", ["上海"]),
            new SeedPosting("3", "大模型推理工程师", ["北京"]),
            new SeedPosting("4", "智能体 Agent 研究员", ["Beijing"]) { Kind = ChangeKind.Changed, EventCount = 2 });
        await bed.CommitRunAsync("atsx-minimax", "MiniMax", new SeedPosting("1", "Agent Engineer", ["Beijing"]));

        var reports = await bed.Dispatcher.DeliverPendingAsync(Ct);
        var again = await bed.Dispatcher.DeliverPendingAsync(Ct);

        var request = Assert.Single(_receiver.Requests);
        Assert.Equal(deepseek[0].Id, request.IdempotencyKey);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("AI Agent 算法工程师", (string?)body["events"]![0]!["title"]);
        Assert.Equal("event", (string?)body["type"]);
        Assert.Equal(1, Assert.Single(reports).EventsDelivered);
        Assert.Equal(0, Assert.Single(again).Messages);
    }

    [Fact]
    public async Task DeliverPendingAsync_TrackAndAreaTagFilter_UsesStoredPosting()
    {
        await using var bed = await AlertTestBed.CreateAsync(AlertConfig.Webhook(_receiver.Url(),
            """{ "tracks": ["intern"], "areaTags": ["coding-agents"] }"""));
        await bed.CommitRunAsync("bytedance-campus", "ByteDance", new SeedPosting("0", "基线", ["北京"]));
        var run = await bed.CommitRunAsync("bytedance-campus", "ByteDance",
            new SeedPosting("1", "代码智能体实习生", ["北京"]) { Track = RecruitTrack.Intern, AreaTags = ["coding-agents"] },
            new SeedPosting("2", "代码智能体工程师", ["北京"]) { Track = RecruitTrack.Experienced, AreaTags = ["coding-agents"] },
            new SeedPosting("3", "语音实习生", ["北京"]) { Track = RecruitTrack.Intern, AreaTags = ["voice"] });

        await bed.Dispatcher.DeliverPendingAsync(Ct);

        var request = Assert.Single(_receiver.Requests);
        Assert.Equal(run[0].Id, request.IdempotencyKey);
        Assert.Equal("intern", (string?)JsonNode.Parse(request.Body)!["events"]![0]!["track"]);
    }

    [Fact]
    public async Task DeliverPendingAsync_ReceiverAnswers500And429Then200_EachEventAcceptedOnceWithSameKeyOnEveryTry()
    {
        await using var bed = await AlertTestBed.CreateAsync(AlertConfig.Webhook(_receiver.Url()));
        await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("0", "基线", ["北京"]));
        var events = await bed.CommitRunAsync("moka-deepseek", "DeepSeek",
            new SeedPosting("1", "A", ["北京"]), new SeedPosting("2", "B", ["北京"]), new SeedPosting("3", "C", ["北京"]));
        _receiver.Script(ReceiverReply.Code(500), ReceiverReply.Code(429, retryAfter: "0"), ReceiverReply.Ok, ReceiverReply.Code(503), ReceiverReply.Ok);

        var report = Assert.Single(await bed.Dispatcher.DeliverPendingAsync(Ct));

        Assert.Equal(events.Select(e => e.Id), _receiver.Accepted.Select(r => r.IdempotencyKey));
        Assert.Equal([events[0].Id, events[0].Id, events[0].Id, events[1].Id, events[1].Id, events[2].Id], _receiver.Requests.Select(r => r.IdempotencyKey));
        Assert.Equal(3, report.Retries);
        Assert.Empty(await bed.State.ListDeadLettersAsync(null, null, 100, Ct));
        Assert.Equal(events[^1].Sequence, (await bed.State.GetCursorAsync("hook", Ct))!.Position);
    }

    [Fact]
    public async Task DeliverPendingAsync_Receiver404_DeadLettersEventMovesOnAndRedeliverSendsIt()
    {
        await using var bed = await AlertTestBed.CreateAsync(AlertConfig.Webhook(_receiver.Url()));
        await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("0", "基线", ["北京"]));
        var events = await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("1", "A", ["北京"]), new SeedPosting("2", "B", ["北京"]));
        _receiver.Script(ReceiverReply.Code(404));

        var report = Assert.Single(await bed.Dispatcher.DeliverPendingAsync(Ct));

        var letter = Assert.Single(await bed.State.ListDeadLettersAsync("hook", null, 100, Ct));
        Assert.Equal(events[0].Id, letter.EventId);
        Assert.Equal(1, letter.Attempts);
        Assert.StartsWith("HTTP 404", letter.Reason, StringComparison.Ordinal);
        Assert.Equal([events[1].Id], _receiver.Accepted.Select(r => r.IdempotencyKey));
        Assert.Equal(1, report.EventsDeadLettered);

        var redelivered = await bed.Redelivery.RedeliverAsync("hook", null, Ct);

        Assert.Equal(1, redelivered.Delivered);
        Assert.Equal([events[1].Id, events[0].Id], _receiver.Accepted.Select(r => r.IdempotencyKey));
        Assert.Empty(await bed.State.ListDeadLettersAsync(null, null, 100, Ct));
    }

    [Fact]
    public async Task RedeliverAsync_ReceiverStillRefuses_KeepsDeadLetterWithMoreAttempts()
    {
        await using var bed = await AlertTestBed.CreateAsync(AlertConfig.Webhook(_receiver.Url()));
        await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("0", "基线", ["北京"]));
        var events = await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("1", "A", ["北京"]));
        _receiver.Script(ReceiverReply.Code(410), ReceiverReply.Code(403));
        await bed.Dispatcher.DeliverPendingAsync(Ct);

        var redelivered = await bed.Redelivery.RedeliverAsync(null, events[0].Id, Ct);

        Assert.Equal(1, redelivered.StillFailing);
        var letter = Assert.Single(await bed.State.ListDeadLettersAsync(null, null, 100, Ct));
        Assert.Equal(2, letter.Attempts);
        Assert.StartsWith("HTTP 403", letter.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliverPendingAsync_CancelledWhileReceiverHangs_RestartDeliversEveryEventInOrder()
    {
        await using var bed = await AlertTestBed.CreateAsync(AlertConfig.Webhook(_receiver.Url(), alertsExtra: """, "RequestTimeout": "00:00:30" """));
        await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("0", "基线", ["北京"]));
        var events = await bed.CommitRunAsync("moka-deepseek", "DeepSeek",
            [.. Enumerable.Range(1, 5).Select(i => new SeedPosting($"{i}", $"Role {i}", ["北京"]))]);
        _receiver.Script(ReceiverReply.Ok, ReceiverReply.Ok, ReceiverReply.HangUp);
        using var stop = new CancellationTokenSource();

        var delivery = bed.Dispatcher.DeliverPendingAsync(stop.Token);
        await _receiver.WaitForRequestsAsync(3);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => delivery);
        Assert.Equal(events[1].Sequence, (await bed.State.GetCursorAsync("hook", Ct))!.Position);

        await bed.RestartAsync();
        await bed.Dispatcher.DeliverPendingAsync(Ct);

        Assert.Equal(events.Select(e => e.Id), _receiver.Accepted.Select(r => r.IdempotencyKey));
        Assert.Equal(events[2].Id, _receiver.Requests[2].IdempotencyKey);
        Assert.Equal(events[^1].Sequence, (await bed.State.GetCursorAsync("hook", Ct))!.Position);
    }

    [Fact]
    public async Task DeliverPendingAsync_ReceiverHangsOnce_TimesOutRetriesAndDeliversOnce()
    {
        await using var bed = await AlertTestBed.CreateAsync(AlertConfig.Webhook(_receiver.Url(), alertsExtra: """, "RequestTimeout": "00:00:00.300" """));
        await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("0", "基线", ["北京"]));
        var events = await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("1", "A", ["北京"]));
        _receiver.Script(ReceiverReply.HangUp);

        var report = Assert.Single(await bed.Dispatcher.DeliverPendingAsync(Ct));

        Assert.Equal([events[0].Id, events[0].Id], _receiver.Requests.Select(r => r.IdempotencyKey));
        Assert.Single(_receiver.Accepted);
        Assert.Equal(1, report.Retries);
        Assert.Contains(bed.Logs.Entries, e => e.EventId == 6002 && e.Message.Contains("timeout", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeliverPendingAsync_ConnectionRefused_DeadLettersAfterEveryRetry()
    {
        var closedPort = ClosedPort();
        await using var bed = await AlertTestBed.CreateAsync(AlertConfig.Webhook($"http://127.0.0.1:{closedPort}/hook"));
        await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("0", "基线", ["北京"]));
        var events = await bed.CommitRunAsync("moka-deepseek", "DeepSeek", new SeedPosting("1", "A", ["北京"]));

        await bed.Dispatcher.DeliverPendingAsync(Ct);

        var letter = Assert.Single(await bed.State.ListDeadLettersAsync("hook", null, 100, Ct));
        Assert.Equal(events[0].Id, letter.EventId);
        Assert.Equal(4, letter.Attempts);
        Assert.StartsWith("connection failed", letter.Reason, StringComparison.Ordinal);
        Assert.Equal(events[0].Sequence, (await bed.State.GetCursorAsync("hook", Ct))!.Position);
    }

    private static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
