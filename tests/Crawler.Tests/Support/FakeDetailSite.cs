using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Crawler.Tests.Support;

/// <summary>
/// Plain detail pages (<c>/job/{id}</c>) served from 127.0.0.1, port 0: a real origin, so every browser context the
/// crawl opens reaches it as a person's browser would, and each document served is counted by id.
/// </summary>
public sealed class FakeDetailSite : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> _served = new(StringComparer.Ordinal);
    private readonly WebApplication _app;

    private FakeDetailSite()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapGet("/job/{id}", ServeAsync);
    }

    /// <summary>The site's host and port, e.g. <c>127.0.0.1:41234</c>.</summary>
    public string Host { get; private set; } = "";

    /// <summary>Detail documents served, all ids together.</summary>
    public int Served => _served.Values.Sum();

    public IReadOnlyDictionary<string, int> ServedById => _served;

    /// <summary>Runs when a detail document is requested, before it is served (a test may hold it there).</summary>
    public Func<string, Task> BeforeServing { get; set; } = _ => Task.CompletedTask;

    /// <summary>When set, a detail request without this cookie is refused with 403 (a session the listing must set up).</summary>
    public (string Name, string Value)? RequiredCookie { get; set; }

    public static async Task<FakeDetailSite> StartAsync()
    {
        var site = new FakeDetailSite();
        await site._app.StartAsync();
        site.Host = new Uri(site._app.Urls.First()).Authority;
        return site;
    }

    public Uri DetailUrl(string id) => new($"http://{Host}/job/{id}");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ServeAsync(HttpContext context, string id)
    {
        if (RequiredCookie is { } cookie && context.Request.Cookies[cookie.Name] != cookie.Value)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        _served.AddOrUpdate(id, 1, (_, n) => n + 1);
        await BeforeServing(id);
        var number = int.Parse(id[1..], CultureInfo.InvariantCulture);
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"<html><body><header>Scripted careers</header><main><h1>算法工程师 {number}</h1><p>负责大模型训练与推理优化 {number}。"
                                          + "要求：熟悉深度学习框架，三年以上经验。</p></main></body></html>");
    }
}
