using System.Net;
using System.Net.Http.Headers;
using Crawler.Tests.Support;

namespace Crawler.Tests.Diagnostics;

/// <summary><c>Diagnostics:Token</c>: the dashboard, its API and metrics need it; health stays open for probes.</summary>
public sealed class DashboardAccessTests
{
    [Fact]
    public async Task Endpoint_TokenConfigured_RefusesWithoutItAndServesWithIt()
    {
        var temp = new TempDirectory();
        await using var worker = await WorkerHarness.CreateAsync(temp.File("crawler.db"), "w", [],
            configuration: new Dictionary<string, string?> { ["Diagnostics:Token"] = "s3cret" });
        await worker.Diagnostics.StartAsync(CancellationToken.None);
        using var http = new HttpClient { BaseAddress = worker.Diagnostics.Address };

        var anonymous = await http.GetAsync(new Uri("/api/overview", UriKind.Relative));
        var wrong = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "guess") } });
        var health = await http.GetAsync(new Uri("/health/live", UriKind.Relative));
        var bearer = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/overview") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "s3cret") } });

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bearer.StatusCode);
        Assert.Contains("\"sources\":[]", await bearer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await worker.Diagnostics.StopAsync(CancellationToken.None);
        temp.Delete();
    }
}
