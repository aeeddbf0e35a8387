using System.Text.Json;
using Crawler.Model;
using Crawler.Portals.Moka;

namespace Crawler.Tests.Portals.Moka;

/// <summary>Hand-written rows shaped like portals.md §2.2 read into what analysts see.</summary>
public sealed class MokaPostingParserTests
{
    private static readonly Uri Entry = new("https://app.mokahr.com/campus-recruitment/moonshot/148507?locale=zh-CN#/jobs");

    private static ObservedPosting Parse(string json, bool campus = true)
    {
        using var document = JsonDocument.Parse(json);
        return MokaPostingParser.Parse(document.RootElement, Entry, campus);
    }

    [Fact]
    public void Parse_FullCampusInternRow_MapsEveryField()
    {
        var posting = Parse("""
            {"id":"3f1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6c","orgId":"moonshot","title":"大模型算法实习生",
             "jobDescription":"<p>岗位职责：</p><p>1、负责&lt;预训练&gt; &amp; 评测</p><p><br></p><p>任职要求：</p><p>1、3年以上经验<br>2、熟悉PyTorch</p>",
             "commitment":"实习","zhineng":{"id":12,"name":"算法"},
             "locations":[{"id":1,"country":"中国","provinceId":110000,"provinceName":"北京","cityId":110108,"cityName":"海淀区"},
                          {"country":"中国","provinceName":"上海","cityName":"上海"}],
             "status":"pause","publishedAt":"2026-05-01 09:30:00","hireMode":2,"deptId":7}
            """);

        Assert.Equal("3f1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6c", posting.PortalId);
        Assert.Equal("岗位职责：\n1、负责<预训练> & 评测\n\n任职要求：\n1、3年以上经验\n2、熟悉PyTorch", posting.Description);
        Assert.Null(posting.Requirement);
        Assert.Equal(["海淀区", "上海"], posting.Cities);
        Assert.Equal("算法", posting.Category);
        Assert.Equal(RecruitTrack.Intern, posting.Track);
        Assert.Equal("实习", posting.RecruitType);
        Assert.Equal("pause", posting.PortalStatus);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 9, 30, 0, TimeSpan.FromHours(8)), posting.PublishedAt);
        Assert.Equal("https://app.mokahr.com/campus-recruitment/moonshot/148507?locale=zh-CN#/job/3f1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6c", posting.Url);
    }

    [Fact]
    public void Parse_CountryOnlyLocation_KeepsTheCountry()
    {
        var posting = Parse("""{"id":"a","title":"t","locations":[{"country":"中国"}],"hireMode":1}""");

        Assert.Equal(["中国"], posting.Cities);
        Assert.Equal(RecruitTrack.Experienced, posting.Track);
    }

    [Fact]
    public void Parse_EmptyEditorDescriptionAndNoLocations_GiveNullAndNoCities()
    {
        var posting = Parse("""{"id":"a","title":"t","jobDescription":"<p><br></p>","locations":[],"hireMode":2,"commitment":"全职"}""");

        Assert.Null(posting.Description);
        Assert.Empty(posting.Cities);
        Assert.Equal(RecruitTrack.Campus, posting.Track);
    }

    [Fact]
    public void Parse_RowWithoutDatesOrCommitment_LeavesThemNullAndNeedsTheDetailCall()
    {
        using var document = JsonDocument.Parse("""{"id":"a","title":"t","jobDescription":"<p>x</p>","deptId":2028422}""");

        var posting = MokaPostingParser.Parse(document.RootElement, Entry, campusSite: false);

        Assert.True(MokaPostingParser.NeedsDetail(document.RootElement));
        Assert.Null(posting.PublishedAt);
        Assert.Null(posting.RecruitType);
        Assert.Null(posting.Category);
        Assert.Equal(RecruitTrack.Experienced, posting.Track);
    }

    [Fact]
    public void Parse_HostileTextEscapedInHtml_StaysText()
    {
        var posting = Parse("""{"id":"a","title":"t","jobDescription":"<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><script>evil()</script><p>R&amp;amp;D</p>"}""");

        Assert.Equal("<script>alert(1)</script>\nR&amp;D", posting.Description);
    }

    [Fact]
    public void Parse_PublishedAtWithZone_KeepsThatZone()
    {
        var posting = Parse("""{"id":"a","title":"t","publishedAt":"2026-05-01T01:30:00Z"}""");

        Assert.Equal(new DateTimeOffset(2026, 5, 1, 1, 30, 0, TimeSpan.Zero), posting.PublishedAt);
    }

    [Fact]
    public void Parse_PublishedAtNotADate_ThrowsPortalException()
    {
        Assert.Throws<PortalException>(() => Parse("""{"id":"a","title":"t","publishedAt":"soon"}"""));
    }

    [Fact]
    public void Parse_RowWithoutId_ThrowsPortalException()
    {
        Assert.Throws<PortalException>(() => Parse("""{"title":"t"}"""));
    }

    [Fact]
    public void InitDataParse_PageWithoutAesIv_FallsBackToTheObservedIv()
    {
        var init = MokaInitData.Parse("""{"org":{"id":"zphz","type":"camp"},"siteId":148984,"jobStats":{"total":23}}""");

        Assert.Equal(("zphz", 148984L, true, "de7c21ed8d6f50fe", (int?)23), (init.OrgId, init.SiteId, init.IsCampus, init.AesIv, init.Total));
    }
}
