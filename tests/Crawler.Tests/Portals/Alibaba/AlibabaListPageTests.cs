using Crawler.Model;
using Crawler.Portals.Alibaba;

namespace Crawler.Tests.Portals.Alibaba;

/// <summary>Answers that must fail loudly instead of reading as "zero postings".</summary>
public sealed class AlibabaListPageTests
{
    [Fact]
    public void Parse_SuccessFalse_ThrowsNamingTheErrorCodeAndMessage()
    {
        var ex = Assert.Throws<PortalException>(() => AlibabaListPage.Parse(
            """{"success":false,"errorMsg":"渠道不存在","errorCode":"CHANNEL_NOT_EXIST","content":null}"""));

        Assert.Contains("success:false", ex.Message, StringComparison.Ordinal);
        Assert.Contains("CHANNEL_NOT_EXIST", ex.Message, StringComparison.Ordinal);
        Assert.Contains("渠道不存在", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SuccessTrueWithErrorCode_Throws()
    {
        Assert.Throws<PortalException>(() => AlibabaListPage.Parse(
            """{"success":true,"errorMsg":"限流","errorCode":"FLOW_LIMIT","content":{"datas":[],"totalCount":0}}"""));
    }

    [Theory]
    [InlineData("""{"success":true,"errorMsg":null,"errorCode":null,"content":null}""")]
    [InlineData("""{"success":true,"errorMsg":null,"errorCode":null,"content":{"totalCount":3}}""")]
    [InlineData("""{"success":true,"errorMsg":null,"errorCode":null,"content":{"datas":[]}}""")]
    [InlineData("""{"success":true,"errorMsg":null,"errorCode":null,"content":{"datas":[{"id":1,"na""")]
    [InlineData("<html>blocked</html>")]
    public void Parse_MalformedOrIncompleteAnswer_Throws(string body)
    {
        Assert.Throws<PortalException>(() => AlibabaListPage.Parse(body));
    }

    [Fact]
    public void Parse_PageWithRecords_ReadsTotalAndRecords()
    {
        var page = AlibabaListPage.Parse(
            """{"success":true,"errorMsg":null,"errorCode":null,"content":{"datas":[{"id":1,"name":"a"},{"id":2,"name":"b"}],"totalCount":677,"pageSize":2,"currentPage":1}}""");

        Assert.Equal(677, page.TotalCount);
        Assert.Equal(2, page.Records.Count);
    }

    [Theory]
    [InlineData("freshman", RecruitTrack.Campus)]
    [InlineData("internship", RecruitTrack.Intern)]
    [InlineData(null, RecruitTrack.Experienced)]
    [InlineData("social", RecruitTrack.Experienced)]
    public void Track_CategoryType_MapsToTheHiringTrack(string? categoryType, RecruitTrack expected)
    {
        Assert.Equal(expected, AlibabaPostingParser.Track(categoryType));
    }

    [Theory]
    [InlineData("/off-campus/position-detail?positionId=1&track_id=SSP1", "/off-campus/position-detail?positionId=1")]
    [InlineData("/off-campus/position-detail?track_id=SSP1&positionId=1", "/off-campus/position-detail?positionId=1")]
    [InlineData("/campus/position/7?track_id=x", "/campus/position/7")]
    [InlineData("/campus/position/7", "/campus/position/7")]
    public void StripTrackId_PositionUrl_DropsOnlyTrackId(string url, string expected)
    {
        Assert.Equal(expected, AlibabaPostingParser.StripTrackId(url));
    }

    [Fact]
    public void BatchListParse_GraduateAndInternshipGroups_ListsEveryGroupGraduateFirst()
    {
        var batches = AlibabaBatchList.Parse(
            """{"success":true,"errorMsg":null,"errorCode":null,"content":{"graduate":[{"id":100000760001,"name":"2027届"}],"internship":[{"id":100000540002,"name":"实习"},{"id":100000560002,"name":"日常"}],"topTalentPlan":[],"sequence":[]}}""");

        Assert.Equal(["100000760001", "100000540002", "100000560002"], batches.Select(b => b.Id));
    }

    [Fact]
    public void CategoryListParse_RootsWithChildren_ReturnsLeafIds()
    {
        var ids = AlibabaCategoryList.SubCategoryIds(
            """{"success":true,"errorMsg":null,"errorCode":null,"content":[{"id":"130","name":"技术类","children":[{"id":"13001","name":"算法"},{"id":"13002","name":"安全"}]},{"id":"140","name":"其他","children":[]}]}""");

        Assert.Equal(["13001", "13002", "140"], ids);
    }
}
