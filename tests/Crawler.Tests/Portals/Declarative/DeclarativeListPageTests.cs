using Crawler.Model;
using Crawler.Portals.Declarative;

namespace Crawler.Tests.Portals.Declarative;

/// <summary>Field mapping of API mode: the answer's own names become postings through the configured paths.</summary>
public sealed class DeclarativeListPageTests
{
    private static readonly Uri Entry = new("https://careers.example.com/careers");

    private static DeclarativeSettings Settings(Action<Dictionary<string, string>>? adjust = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["mode"] = "api", ["api.urlContains"] = "/api/careers/openings?", ["api.okPath"] = "status", ["api.okValue"] = "ok",
            ["api.itemsPath"] = "result.openings[]", ["api.totalPath"] = "result.total",
            ["api.field.id"] = "openingId", ["api.field.title"] = "headline", ["api.field.description"] = "body",
            ["api.field.cities"] = "locations[].label", ["api.field.category"] = "team.path[]", ["api.field.recruitType"] = "employmentType",
            ["api.field.publishedAt"] = "postedAt", ["track.intern"] = "Internship, 实习",
            ["detail.kind"] = "urlTemplate", ["detail.urlTemplate"] = "/careers/openings/{id}", ["detail.ready"] = "article", ["detail.content"] = "article",
        };
        adjust?.Invoke(settings);
        return DeclarativeSettings.From(new SourceDefinition { Id = "acme", Company = "Acme", Platform = "declarative", EntryUrl = Entry, Settings = settings });
    }

    private const string Answer = """
        {"status":"ok","result":{"total":41,"openings":[
          {"openingId":"op-7","headline":"大模型算法实习生","body":"负责预训练\n数据","locations":[{"label":"北京"},{"label":"杭州"},{"label":"北京"}],
           "team":{"path":["研发","算法"]},"employmentType":"internship","postedAt":"2026-05-01T10:00:00+08:00"},
          {"openingId":1234,"headline":"Sales Lead","locations":[],"postedAt":1767225600000}]}}
        """;

    [Fact]
    public void Parse_ConfiguredPaths_MapEveryField()
    {
        var page = DeclarativeListPage.Parse(Answer, Settings(), Entry, "test");

        Assert.Equal(41, page.Total);
        var first = page.Postings[0];
        Assert.Equal("op-7", first.PortalId);
        Assert.Equal("大模型算法实习生", first.Title);
        Assert.Equal("负责预训练\n数据", first.Description);
        Assert.Equal(["北京", "杭州"], first.Cities);
        Assert.Equal("研发 / 算法", first.Category);
        Assert.Equal(RecruitTrack.Intern, first.Track);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 2, 0, 0, TimeSpan.Zero), first.PublishedAt);
        Assert.Equal("https://careers.example.com/careers/openings/op-7", first.Url);
        var second = page.Postings[1];
        Assert.Equal("1234", second.PortalId);
        Assert.Equal(RecruitTrack.Unknown, second.Track);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1767225600000), second.PublishedAt);
        Assert.Contains("\"openingId\":1234", second.RawJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyArrayAtItemsPath_IsALegitimateLastPage() =>
        Assert.Empty(DeclarativeListPage.Parse("""{"status":"ok","result":{"total":0,"openings":[]}}""", Settings(), Entry, "test").Postings);

    [Theory]
    [InlineData("""{"status":"ok","result":{"total":3,"jobs":[]}}""", "api.itemsPath 'result.openings[]' matched nothing")]
    [InlineData("""{"status":"ok","result":{"openings":[]}}""", "api.totalPath 'result.total' found 'nothing'")]
    [InlineData("""{"status":"rate_limited","result":null}""", "api.okPath 'status' is 'rate_limited'")]
    [InlineData("""{"status":"ok","result":{"total":1,"openings":[{"headline":"x"}]}}""", "api.field.id found no id")]
    [InlineData("""{"status":"ok","res""", "malformed JSON")]
    public void Parse_AnswerThatCannotBeTrusted_IsAPortalErrorNotZeroPostings(string body, string expected)
    {
        var error = Assert.Throws<PortalException>(() => DeclarativeListPage.Parse(body, Settings(), Entry, "test"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ItemsPathNamingTheArrayItself_ReadsItsElements()
    {
        var page = DeclarativeListPage.Parse(Answer, Settings(s => s["api.itemsPath"] = "result.openings"), Entry, "test");
        Assert.Equal(2, page.Postings.Count);
    }

    [Fact]
    public void Parse_CitiesSplitConfigured_SeveralCitiesInOneValueBecomeEachACity()
    {
        const string answer = """{"status":"ok","result":{"total":1,"openings":[{"openingId":"a","headline":"T","city":"北京 / 上海、深圳,杭州"}]}}""";
        var settings = Settings(s =>
        {
            s["api.field.cities"] = "city";
            s["api.field.cities.split"] = "/、,";
        });

        var page = DeclarativeListPage.Parse(answer, settings, Entry, "test");

        Assert.Equal(["北京", "上海", "深圳", "杭州"], page.Postings[0].Cities);
    }
}
