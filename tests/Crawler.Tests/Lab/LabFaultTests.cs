using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crawler.Lab;
using Crawler.Tests.Lab.Support;

namespace Crawler.Tests.Lab;

/// <summary>Each fault kind behaves as specified, deterministically, and only on API calls.</summary>
public sealed class LabFaultTests
{
    [Fact]
    public async Task FailFirstRequests_FirstCalls_Answer500ThenRecover()
    {
        await using var lab = await LabTestHost.StartAsync("bytedance-campus");
        var site = lab.Sites[0];
        site.Faults = new FaultPlan { FailFirstRequests = 3 };
        using var client = new AtsxTestClient(site);
        await client.FetchTokenAsync();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.SearchAsync(AtsxTestClient.SearchBody());
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError, HttpStatusCode.OK, HttpStatusCode.OK], statuses);
        Assert.Equal(3, site.Stats.FaultsInjected["fail-first"]);
    }

    [Fact]
    public async Task TooManyRequestsRate_One_Answers429WithRetryAfter()
    {
        await using var lab = await LabTestHost.StartAsync("bytedance-campus");
        var site = lab.Sites[0];
        site.Faults = new FaultPlan { TooManyRequestsRate = 1, RetryAfter = TimeSpan.FromSeconds(7) };
        using var client = new AtsxTestClient(site);
        await client.FetchTokenAsync();

        using var response = await client.SearchAsync(AtsxTestClient.SearchBody());

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
        Assert.Equal([TimeSpan.FromSeconds(7)], site.Stats.TooManyRequestsRetryAfter);
    }

    [Fact]
    public async Task ServerErrorRate_One_Answers500OnSearchAndDetail()
    {
        await using var lab = await LabTestHost.StartAsync("minimax-social");
        var site = lab.Sites[0];
        site.Faults = new FaultPlan { ServerErrorRate = 1 };
        using var client = new AtsxTestClient(site);
        await client.FetchTokenAsync();

        using var search = await client.SearchAsync(AtsxTestClient.SearchBody(portalType: 6));
        using var detail = await client.DetailAsync(site.GroundTruth()[0].Id);

        Assert.Equal(HttpStatusCode.InternalServerError, search.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, detail.StatusCode);
        Assert.Equal(2, site.Stats.FaultsInjected["server-error"]);
    }

    [Fact]
    public async Task TruncateRate_One_Answers200WithHalfTheJson()
    {
        await using var lab = await LabTestHost.StartAsync("bytedance-campus");
        var site = lab.Sites[0];
        using var client = new AtsxTestClient(site);
        await client.FetchTokenAsync();
        using var whole = await client.SearchAsync(AtsxTestClient.SearchBody());
        var wholeLength = (await whole.Content.ReadAsByteArrayAsync()).Length;
        site.Faults = new FaultPlan { TruncateRate = 1 };

        using var response = await client.SearchAsync(AtsxTestClient.SearchBody());
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(body), wholeLength / 2 - 400, wholeLength / 2 + 400);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(body));
    }

    [Fact]
    public async Task SlowRate_One_AnswersCorrectlyAfterTheDelay()
    {
        await using var lab = await LabTestHost.StartAsync("bytedance-campus");
        var site = lab.Sites[0];
        site.Faults = new FaultPlan { SlowRate = 1, SlowDelay = TimeSpan.FromMilliseconds(400) };
        using var client = new AtsxTestClient(site);
        await client.FetchTokenAsync();

        var watch = Stopwatch.StartNew();
        var data = await client.SearchDataAsync(AtsxTestClient.SearchBody());

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(350), $"took {watch.Elapsed}");
        Assert.Equal(10, data.GetProperty("job_post_list").GetArrayLength());
    }

    [Fact]
    public async Task HangRate_One_NeverAnswersUntilTheClientGivesUp()
    {
        await using var lab = await LabTestHost.StartAsync("bytedance-campus");
        var site = lab.Sites[0];
        site.Faults = new FaultPlan { HangRate = 1 };
        using var client = new AtsxTestClient(site);
        await client.FetchTokenAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.DetailAsync(site.GroundTruth()[0].Id, cancellationToken: timeout.Token));

        Assert.Equal(1, site.Stats.FaultsInjected["hang"]);
    }

    [Fact]
    public async Task DisposeAsync_WhileARequestHangs_StopsPromptly()
    {
        var lab = await LabTestHost.StartAsync("bytedance-campus");
        var site = lab.Sites[0];
        site.Faults = new FaultPlan { HangRate = 1 };
        using var client = new AtsxTestClient(site);
        await client.FetchTokenAsync();
        var hanging = client.SearchAsync(AtsxTestClient.SearchBody());
        while (site.Stats.FaultsInjected.GetValueOrDefault("hang") == 0)
        {
            await Task.Delay(10);
        }

        var watch = Stopwatch.StartNew();
        await lab.DisposeAsync();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        await Assert.ThrowsAnyAsync<Exception>(() => hanging);
    }

    [Fact]
    public async Task TokenExpiresAfterUses_AfterNUses_Answers405UntilANewTokenIsFetched()
    {
        await using var lab = await LabTestHost.StartAsync("bytedance-campus");
        var site = lab.Sites[0];
        site.Faults = new FaultPlan { TokenExpiresAfterUses = 2 };
        using var client = new AtsxTestClient(site);
        await client.FetchTokenAsync();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.SearchAsync(AtsxTestClient.SearchBody());
            statuses.Add(response.StatusCode);
        }

        await client.FetchTokenAsync();
        using var afterRefresh = await client.SearchAsync(AtsxTestClient.SearchBody());

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.MethodNotAllowed], statuses);
        Assert.Equal(HttpStatusCode.OK, afterRefresh.StatusCode);
        Assert.Equal(1, site.Stats.FaultsInjected["token-expired"]);
    }

    [Fact]
    public async Task FaultPlan_SameSeed_FailsTheSameCalls()
    {
        var plan = new FaultPlan { Seed = 9, ServerErrorRate = 0.3, TooManyRequestsRate = 0.2 };

        var first = await StatusesAsync(plan);
        var second = await StatusesAsync(plan);

        Assert.Equal(first, second);
        Assert.Contains(HttpStatusCode.OK, first);
        Assert.Contains(HttpStatusCode.InternalServerError, first);
        Assert.Contains(HttpStatusCode.TooManyRequests, first);
    }

    [Fact]
    public async Task Faults_DoNotTouchThePageShellOrScript()
    {
        await using var lab = await LabTestHost.StartAsync("bytedance-campus");
        var site = lab.Sites[0];
        site.Faults = new FaultPlan { ServerErrorRate = 1, FailFirstRequests = 10 };
        using var http = new HttpClient();

        using var page = await http.GetAsync(site.EntryUrl);
        using var script = await http.GetAsync(new Uri(site.EntryUrl, "/static/atsx-app.js"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task ControlEndpoints_PutFaultsThenStats_ApplyAndReport()
    {
        await using var lab = await LabTestHost.StartAsync("minimax-campus");
        var site = lab.Sites[0];
        using var http = new HttpClient { BaseAddress = site.EntryUrl };

        using var put = await http.PutAsJsonAsync("/__lab/faults?site=minimax-campus", new FaultPlan { FailFirstRequests = 1 }, JsonSerializerOptions.Web);
        using var client = new AtsxTestClient(site);
        await client.FetchTokenAsync();
        using var search = await client.SearchAsync(AtsxTestClient.SearchBody(portalType: 6));
        var stats = await http.GetFromJsonAsync<LabStats>("/__lab/stats?site=minimax-campus", JsonSerializerOptions.Web);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(1, site.Faults.FailFirstRequests);
        Assert.Equal(HttpStatusCode.InternalServerError, search.StatusCode);
        Assert.Equal(1, stats!.ListCalls);
        Assert.Equal(1, stats.FaultsInjected["fail-first"]);
    }

    private static async Task<List<HttpStatusCode>> StatusesAsync(FaultPlan plan)
    {
        await using var lab = await LabTestHost.StartAsync("bytedance-campus");
        var site = lab.Sites[0];
        site.Faults = plan;
        using var client = new AtsxTestClient(site);
        await client.FetchTokenAsync();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 30; i++)
        {
            using var response = await client.SearchAsync(AtsxTestClient.SearchBody());
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}
