using System.Net;
using System.Text.Json;
using Crawler.Lab;
using Crawler.Tests.Lab.Support;

namespace Crawler.Tests.Lab.Moka;

/// <summary>The lab's Moka host speaks the protocol of portals.md §2: locale redirect, init-data, AES answers, caps and codes.</summary>
public sealed class MokaProtocolTests
{
    private static Task<LabHost> StartAsync(params string[] sites) =>
        LabHost.StartAsync(new LabOptions { Seed = 42, OnlySites = sites });

    [Fact]
    public async Task Page_FirstVisit_RedirectsToItselfSettingTheLocaleCookie()
    {
        await using var lab = await StartAsync("deepseek");
        using var client = new MokaTestClient(lab.Site("deepseek"));

        using var first = await client.Http.GetAsync(lab.Site("deepseek").EntryUrl);
        using var second = await client.Http.GetAsync(lab.Site("deepseek").EntryUrl);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/social-recruitment/high-flyer/140576", first.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, lab.Site("deepseek").Stats.PageLoads);
    }

    [Fact]
    public async Task Page_InitData_CarriesOrgSiteAesIvAndTheRealTotal()
    {
        await using var lab = await StartAsync("moonshot-campus");
        using var client = new MokaTestClient(lab.Site("moonshot-campus"));

        var init = await client.InitDataAsync();

        Assert.Equal("moonshot", init.GetProperty("org").GetProperty("id").GetString());
        Assert.Equal("camp", init.GetProperty("org").GetProperty("type").GetString());
        Assert.Equal(148507, init.GetProperty("siteId").GetInt64());
        Assert.Equal("de7c21ed8d6f50fe", init.GetProperty("aesIv").GetString());
        Assert.Equal(93, init.GetProperty("jobStats").GetProperty("total").GetInt32());
        Assert.InRange(init.GetProperty("jobs").GetArrayLength(), 1, 5);
    }

    [Fact]
    public async Task Jobs_AnswerDecryptedWithNecromancerAndIv_IsTheSuccessEnvelopeWithTwentyThreeFields()
    {
        await using var lab = await StartAsync("zhipu-social");
        using var client = new MokaTestClient(lab.Site("zhipu-social"));

        var answer = await client.DecryptedAsync("/jobs/v2", MokaTestClient.JobsBody("zphz", 148983, limit: 50, offset: 100));

        Assert.Equal(0, answer.GetProperty("code").GetInt32());
        Assert.True(answer.GetProperty("success").GetBoolean());
        Assert.Equal("成功", answer.GetProperty("msg").GetString());
        var data = answer.GetProperty("data");
        Assert.Equal(135, data.GetProperty("jobStats").GetProperty("total").GetInt32());
        var jobs = data.GetProperty("jobs").EnumerateArray().ToList();
        Assert.Equal(35, jobs.Count);
        Assert.All(jobs.Where(j => j.TryGetProperty("jobDescription", out _)), j => Assert.Equal(23, j.EnumerateObject().Count()));
        Assert.Equal(lab.Site("zhipu-social").GroundTruth().Skip(100).Select(p => p.Id), jobs.Select(j => j.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Jobs_LimitAboveFifty_AnswersBusinessCode102()
    {
        await using var lab = await StartAsync("moonshot-social");
        using var client = new MokaTestClient(lab.Site("moonshot-social"));

        var answer = await client.DecryptedAsync("/jobs/v2", MokaTestClient.JobsBody("moonshot", 148506, limit: 100));

        Assert.Equal(102, answer.GetProperty("code").GetInt32());
        Assert.False(answer.GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task Jobs_PageNumAndPageSize_AreSilentlyIgnored()
    {
        await using var lab = await StartAsync("moonshot-social");
        using var client = new MokaTestClient(lab.Site("moonshot-social"));

        var one = await client.DecryptedAsync("/jobs/v2", MokaTestClient.JobsBody("moonshot", 148506, limit: 10, extra: ",\"pageNum\":1,\"pageSize\":10"));
        var three = await client.DecryptedAsync("/jobs/v2", MokaTestClient.JobsBody("moonshot", 148506, limit: 10, extra: ",\"pageNum\":3,\"pageSize\":10"));

        static IEnumerable<string?> Ids(JsonElement a) => a.GetProperty("data").GetProperty("jobs").EnumerateArray().Select(j => j.GetProperty("id").GetString());
        Assert.Equal(Ids(one), Ids(three));
    }

    [Fact]
    public async Task Job_AskedOnTheWrongSite_AnswersBusinessCode703015()
    {
        await using var lab = await StartAsync("zhipu-social", "zhipu-campus");
        using var client = new MokaTestClient(lab.Site("zhipu-social"));
        var campusJob = lab.Site("zhipu-campus").GroundTruth()[0].Id;

        var wrong = await client.DecryptedAsync("/job", MokaTestClient.JobBody("zphz", 148983, campusJob));
        var right = await client.DecryptedAsync("/job", MokaTestClient.JobBody("zphz", 148984, campusJob));

        Assert.Equal(703015, wrong.GetProperty("code").GetInt32());
        Assert.False(wrong.GetProperty("success").GetBoolean());
        Assert.Equal(campusJob, right.GetProperty("data").GetProperty("id").GetString());
        Assert.Equal("2027届校园招聘", right.GetProperty("data").GetProperty("projectFolder").GetProperty("name").GetString());
    }

    [Fact]
    public async Task DeepSeek_ListRowsLackPublishedAtAndCommitment_TheDetailCallHasThem()
    {
        await using var lab = await StartAsync("deepseek");
        using var client = new MokaTestClient(lab.Site("deepseek"));

        var list = await client.DecryptedAsync("/jobs/v2", MokaTestClient.JobsBody("high-flyer", 140576));
        var rows = list.GetProperty("data").GetProperty("jobs").EnumerateArray().ToList();
        var detail = await client.DecryptedAsync("/job", MokaTestClient.JobBody("high-flyer", 140576, rows[0].GetProperty("id").GetString()!));

        Assert.Equal(37, rows.Count);
        Assert.All(rows, r => Assert.False(r.TryGetProperty("publishedAt", out _) || r.TryGetProperty("commitment", out _)));
        Assert.All(rows, r => Assert.Equal(2028422, r.GetProperty("deptId").GetInt64()));
        Assert.All(rows, r => Assert.True(r.TryGetProperty("jobDescription", out _)));
        var job = detail.GetProperty("data");
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", job.GetProperty("publishedAt").GetString());
        Assert.Contains(job.GetProperty("commitment").GetString(), new[] { "全职", "兼职" });
        Assert.Equal(2028422, job.GetProperty("department").GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task RealSizes_MoonshotCampusPausesElevenAndZhipuCampusHasFiveWithoutDescription()
    {
        await using var lab = await StartAsync("moonshot-campus", "zhipu-campus");

        var moonshot = lab.Site("moonshot-campus").GroundTruth();
        var zhipu = lab.Site("zhipu-campus").GroundTruth();

        Assert.Equal(93, moonshot.Count);
        Assert.Equal(11, moonshot.Count(p => p.PortalStatus == "pause"));
        Assert.Equal(23, zhipu.Count);
        Assert.Equal(5, zhipu.Count(p => p.Description is null));
    }

    [Fact]
    public async Task Jobs_CorruptFault_AnswerDoesNotDecryptWithTheAnnouncedKey()
    {
        await using var lab = await StartAsync("deepseek");
        var site = lab.Site("deepseek");
        site.Faults = FaultPlan.None with { CorruptRate = 1.0 };
        using var client = new MokaTestClient(site);

        using var response = await client.PostAsync("/jobs/v2", MokaTestClient.JobsBody("high-flyer", 140576));
        using var outer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.ThrowsAny<Exception>(() => JsonDocument.Parse(MokaTestClient.Decrypt(
            outer.RootElement.GetProperty("data").GetString()!, outer.RootElement.GetProperty("necromancer").GetString()!, "de7c21ed8d6f50fe")));
        Assert.Equal(1, site.Stats.FaultsInjected["corrupt"]);
    }
}
