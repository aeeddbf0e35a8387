using System.Text.Json;
using Crawler.Model;
using Crawler.Portals.Atsx;
using Crawler.Tests.Support;

namespace Crawler.Tests.Portals.Atsx;

public sealed class AtsxPostingParserTests
{
    private static readonly Uri Entry = new("https://jobs.bytedance.com/campus/position");

    private const string Post = """
        {"id":"7312345678901234567","code":"A228848","title":"后端开发工程师-Seed","sub_title":null,
         "description":"负责 List<T> 与 &amp; 的处理\n第二行","requirement":"3年以上经验",
         "job_category":{"id":"6704215862557018372","name":"后端","en_name":"Backend","depth":2,
                         "parent":{"id":"6704215862603155720","name":null,"parent":null}},
         "city_info":{"code":"CT_11","name":"北京"},
         "city_list":[{"code":"CT_11","name":"北京"},{"code":"CT_125","name":"上海"}],
         "recruit_type":{"id":"202","name":"实习","en_name":"Intern","depth":2,"parent":{"id":"2","name":"校招"}},
         "publish_time":1750636800000,"job_subject":null,"recommend_id":"r-1"}
        """;

    [Fact]
    public void Parse_HandWrittenPostWithEveryBusinessField_ReadsEachField()
    {
        using var doc = JsonDocument.Parse(Post);
        var posting = AtsxPostingParser.Parse(doc.RootElement, Entry, RealSamples.ByteDanceCategoryTree());
        Assert.Equal("7312345678901234567", posting.PortalId);
        Assert.Equal("后端开发工程师-Seed", posting.Title);
        Assert.Equal("负责 List<T> 与 &amp; 的处理\n第二行", posting.Description);
        Assert.Equal(["北京", "上海"], posting.Cities);
        Assert.Equal("研发 / 后端", posting.Category);
        Assert.Equal(RecruitTrack.Intern, posting.Track);
        Assert.Equal("实习", posting.RecruitType);
        Assert.Equal("https://jobs.bytedance.com/campus/position/7312345678901234567/detail", posting.Url);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1750636800000), posting.PublishedAt);
        Assert.Equal(doc.RootElement.GetRawText(), posting.RawJson);
    }

    [Theory]
    [InlineData("""{"id":"1","title":"t","recruit_type":{"id":"201","parent":{"id":"2"}}}""", RecruitTrack.Campus)]
    [InlineData("""{"id":"1","title":"t","recruit_type":{"id":"101","parent":{"id":"1"}}}""", RecruitTrack.Experienced)]
    [InlineData("""{"id":"1","title":"t","recruit_type":null}""", RecruitTrack.Unknown)]
    public void Parse_RecruitTypeParent_GivesTheTrack(string json, RecruitTrack expected)
    {
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(expected, AtsxPostingParser.Parse(doc.RootElement, Entry, AtsxCategoryTree.Empty).Track);
    }

    [Fact]
    public void Parse_NoCityList_FallsBackToCityInfo_AndNullTextsStayNull()
    {
        using var doc = JsonDocument.Parse("""{"id":"1","title":"t","description":null,"city_list":[],"city_info":{"name":"深圳"}}""");
        var posting = AtsxPostingParser.Parse(doc.RootElement, Entry, AtsxCategoryTree.Empty);
        Assert.Equal(["深圳"], posting.Cities);
        Assert.Null(posting.Description);
        Assert.Null(posting.Category);
    }

    [Theory]
    [InlineData("""{"title":"no id"}""", "'id'")]
    [InlineData("""{"id":"1"}""", "'title'")]
    [InlineData("""{"id":"1","title":"t","city_list":"北京"}""", "'city_list'")]
    [InlineData("""{"id":"1","title":{"zh":"t"}}""", "'title'")]
    public void Parse_MalformedPost_FailsNamingTheField(string json, string field)
    {
        using var doc = JsonDocument.Parse(json);
        var error = Assert.Throws<PortalException>(() => AtsxPostingParser.Parse(doc.RootElement, Entry, AtsxCategoryTree.Empty));
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }
}
