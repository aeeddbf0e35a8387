using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Crawler.Tests.Support;

/// <summary>
/// A tiny webhook receiver on 127.0.0.1, port 0: records every request and answers from a script (500 then
/// 200, a 4xx, a hang), then 200 once the script is used up.
/// </summary>
public sealed class AlertReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceiverReply> _script = new();
    private readonly ConcurrentQueue<ReceivedRequest> _requests = new();
    private readonly CancellationTokenSource _stopping = new();

    private AlertReceiver()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(HandleAsync);
    }

    /// <summary>Base address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<ReceivedRequest> Requests => [.. _requests];

    /// <summary>Requests answered with a 2xx.</summary>
    public IReadOnlyList<ReceivedRequest> Accepted => [.. _requests.Where(r => r.AnsweredStatus is >= 200 and < 300)];

    public static async Task<AlertReceiver> StartAsync()
    {
        var receiver = new AlertReceiver();
        await receiver._app.StartAsync();
        receiver.BaseAddress = new Uri(receiver._app.Urls.First());
        return receiver;
    }

    public string Url(string path = "/hook") => new Uri(BaseAddress, path).ToString();

    /// <summary>Answers for the next requests, in order.</summary>
    public void Script(params ReceiverReply[] replies)
    {
        foreach (var reply in replies) _script.Enqueue(reply);
    }

    /// <summary>Waits until at least <paramref name="count"/> requests arrived.</summary>
    public async Task WaitForRequestsAsync(int count, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (_requests.Count < count) await Task.Delay(10, cts.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var reply = _script.TryDequeue(out var next) ? next : ReceiverReply.Ok;
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        _requests.Enqueue(new ReceivedRequest(context.Request.Path, headers, body, reply.Hang ? 0 : reply.Status));
        if (reply.Hang)
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            await Task.Delay(Timeout.Infinite, linked.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        context.Response.StatusCode = reply.Status;
        if (reply.RetryAfter is { } retryAfter) context.Response.Headers.RetryAfter = retryAfter;
        await context.Response.WriteAsync(reply.Status < 300 ? "ok" : "no", context.RequestAborted);
    }
}
