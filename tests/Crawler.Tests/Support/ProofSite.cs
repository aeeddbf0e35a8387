using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Crawler.Tests.Support;

/// <summary>
/// A hash-routed single-page app on 127.0.0.1 (port 0) that shows a posting's title at once and its description
/// <c>late</c> milliseconds later, as an app does that loads the description by a second call. No class names or
/// ids a renderer could know: only the posting's words.
/// </summary>
public sealed class ProofSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ProofSite(IReadOnlyDictionary<string, (string Title, string Description)> jobs, int lateMs)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        var data = JsonSerializer.Serialize(jobs.ToDictionary(j => j.Key, j => new[] { j.Value.Title, j.Value.Description }));
        _app.MapGet("/", (HttpContext context) =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync(Page(data, lateMs));
        });
    }

    public Uri Url(string id) => new($"{_app.Urls.First()}/#/job/{id}");

    public static async Task<ProofSite> StartAsync(IReadOnlyDictionary<string, (string Title, string Description)> jobs, int lateMs)
    {
        var site = new ProofSite(jobs, lateMs);
        await site._app.StartAsync();
        return site;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string Page(string data, int lateMs) => $$"""
        <!doctype html><html><head><meta charset="utf-8"><title>Careers</title></head>
        <body><header>Careers</header><main></main>
        <script>
          const jobs = {{data}};
          const view = document.querySelector('main');
          const routed = () => decodeURIComponent((location.hash.split('/')[2] || ''));
          function show() {
            const id = routed(), job = jobs[id];
            if (!job) { view.replaceChildren(); return; }
            const h = document.createElement('h1'); h.textContent = job[0];
            view.replaceChildren(h);
            setTimeout(() => {
              if (routed() !== id) return;
              const p = document.createElement('p'); p.textContent = job[1];
              view.append(p);
            }, {{lateMs}});
          }
          addEventListener('hashchange', show);
          show();
        </script></body></html>
        """;
}
