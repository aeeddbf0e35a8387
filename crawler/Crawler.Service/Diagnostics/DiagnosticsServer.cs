using System.Net;
using System.Security.Cryptography;
using Crawler.Analysis;
using Crawler.Analysis.Reporting;
using Crawler.Crawling;
using Crawler.Model;
using Crawler.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Crawler.Diagnostics;

/// <summary>
/// Kestrel inside <c>crawler run</c>, on <c>Diagnostics:BindAddress</c> (127.0.0.1 by default): <c>/health/live</c>, <c>/health/ready</c>, <c>/metrics</c>
/// (Prometheus text), the dashboard at <c>/</c> with its JSON under <c>/api/</c> and posting pages at <c>/posting</c>, the study report at <c>/report</c>, and the Atom feed of events at <c>/feed.atom</c> (<see cref="FeedQuery"/>). A small web application of its own, so the worker's host
/// stays a plain generic host and the endpoint can be switched off by configuration.
/// </summary>
public sealed partial class DiagnosticsServer(
    IReadOnlyList<SourceDefinition> sources,
    ICrawlStore store,
    ReadinessProbe readiness,
    PrometheusExporter exporter,
    StoreGauges storeGauges,
    RunWatchdog watchdog,
    DerivedFieldsCalculator calculator,
    TimeProvider time,
    IOptions<CrawlerOptions> crawler,
    IOptions<DiagnosticsOptions> options,
    ILogger<DiagnosticsServer> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>Where the endpoint listens once started (null when disabled).</summary>
    public Uri? Address { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled) return;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Parse(options.Value.BindAddress), options.Value.Port));
        builder.Services.Configure<HostOptions>(h => h.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        // Before every endpoint (health excepted): the optional token of Diagnostics:Token.
        var access = new DashboardAccess(options.Value.Token);
        app.Use(access.InvokeAsync);
        app.MapGet("/health/live", () => Results.Text("live\n"));
        app.MapGet("/health/ready", async (CancellationToken ct) =>
        {
            var (ready, checks) = await readiness.CheckAsync(ct).ConfigureAwait(false);
            return Results.Text(string.Join('\n', checks) + "\n", statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        app.MapGet("/metrics", async (CancellationToken ct) =>
        {
            await storeGauges.RefreshAsync(ct).ConfigureAwait(false);
            return Results.Text(exporter.Render(), "text/plain; version=0.0.4; charset=utf-8");
        });
        app.MapGet("/", (HttpContext context) =>
        {
            var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            context.Response.Headers.ContentSecurityPolicy = Dashboard.Csp(nonce);
            return Results.Content(Dashboard.Render(crawler.Value.WorkerId, nonce), "text/html; charset=utf-8");
        });
        app.MapGet("/api/overview", async (CancellationToken ct) => Results.Text(
            await DashboardJson.OverviewAsync(sources, store, watchdog, crawler.Value.WorkerId, time.GetUtcNow(), ct).ConfigureAwait(false), "application/json; charset=utf-8"));
        app.MapGet("/api/events", async (HttpRequest request, CancellationToken ct) =>
        {
            var (query, error) = FeedQuery.Parse(request.Query);
            if (query is null) return Results.Text(error + "\n", statusCode: StatusCodes.Status400BadRequest);
            return Results.Text(await DashboardJson.EventsAsync(store, query, ct).ConfigureAwait(false), "application/json; charset=utf-8");
        });
        app.MapGet("/posting", async (HttpContext context, string key, int? a, int? b, string? snapshot, CancellationToken ct) =>
        {
            var page = await PostingPage.RenderAsync(store, key, a, b, snapshot, ct).ConfigureAwait(false);
            if (page is null) return Results.Text($"no posting '{key}' in the store\n", statusCode: StatusCodes.Status404NotFound);
            context.Response.Headers.ContentSecurityPolicy = PostingPage.Csp;
            return Results.Content(page, "text/html; charset=utf-8");
        });
        app.MapGet("/report", async (HttpContext context, CancellationToken ct) =>
        {
            // The study over the stored postings, as `crawler report --format html` writes it: no script, inline styles only.
            var postings = await StoredPostings.AllAsync(store, ct).ConfigureAwait(false);
            var report = StudyReportBuilder.Build(postings, new ReportOptions { Calculator = calculator });
            context.Response.Headers.ContentSecurityPolicy = HtmlReportRenderer.Csp;
            return Results.Content(new HtmlReportRenderer().Render(report), "text/html; charset=utf-8");
        });
        app.MapGet("/feed.atom", async (HttpRequest request, CancellationToken ct) =>
        {
            var (query, error) = FeedQuery.Parse(request.Query);
            if (query is null) return Results.Text(error + "\n", statusCode: StatusCodes.Status400BadRequest);
            var self = new Uri(request.Scheme + "://" + request.Host + request.Path + request.QueryString);
            var feed = await AtomFeed.RenderAsync(store, query, self, time.GetUtcNow(), ct).ConfigureAwait(false);
            return Results.Text(feed, "application/atom+xml; charset=utf-8");
        });
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new DiagnosticsPortException(
                $"Cannot listen on {options.Value.BindAddress}:{options.Value.Port} for health and metrics ({ex.InnerException?.Message ?? ex.Message}): " +
                "stop the other process or choose another port with --Diagnostics:Port=N (0 picks a free one; CRAWLER_Diagnostics__Port in the environment), or switch the endpoint off with --Diagnostics:Enabled=false.", ex);
        }

        _app = app;
        Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        LogListening(Address);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is null) return;
        await _app.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync().ConfigureAwait(false);
        _app = null;
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Health, metrics and dashboard on {Address}")]
    private partial void LogListening(Uri address);
}
