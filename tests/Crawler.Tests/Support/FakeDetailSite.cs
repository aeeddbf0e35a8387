using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Crawler.Tests.Support;

/// <summary>
/// Detail pages served by Playwright routing inside the crawl's own browser context (no network, no server): one
/// page per posting id, showing its title and a description. Counts the documents served per id.
/// </summary>
public sealed class FakeDetailSite
{
    public const string Host = "jobs.scripted.test";

    private readonly ConcurrentDictionary<string, int> _served = new(StringComparer.Ordinal);

    public static Uri DetailUrl(string id) => new($"http://{Host}/job/{id}");

    /// <summary>Detail documents served, all ids together.</summary>
    public int Served => _served.Values.Sum();

    public IReadOnlyDictionary<string, int> ServedById => _served;

    /// <summary>Runs when a detail document is requested, before it is served (a test may hold it there).</summary>
    public Func<string, Task> BeforeServing { get; set; } = _ => Task.CompletedTask;

    public Task InstallAsync(IBrowserContext context) => context.RouteAsync($"http://{Host}/job/**", async route =>
    {
        var id = new Uri(route.Request.Url).Segments[^1];
        _served.AddOrUpdate(id, 1, (_, n) => n + 1);
        await BeforeServing(id);
        var number = int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture);
        await route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/html; charset=utf-8",
            Body = $"<html><body><header>Scripted careers</header><main><h1>算法工程师 {number}</h1><p>负责大模型训练与推理优化 {number}。"
                   + "要求：熟悉深度学习框架，三年以上经验。</p></main></body></html>",
        });
    });
}
