using Crawler.Alerts;
using Crawler.Model;
using Crawler.Tests.Support;

namespace Crawler.Tests.Alerts;

public sealed class AlertFilterTests
{
    private static readonly StoredPosting Posting = StoreTestData.Posting("moka-deepseek", "1", "DeepSeek");

    private static ChangeEvent Event(string title = "Agent 工程师", string[]? cities = null, ChangeKind kind = ChangeKind.Appeared) =>
        StoreTestData.Event(Posting, kind, "run-1", StoreTestData.T0) with { Title = title, Cities = cities ?? ["北京市"] };

    [Theory]
    [InlineData("Beijing", "北京市", true)]
    [InlineData("北京", "Beijing", true)]
    [InlineData("beijing city", "北京", true)]
    [InlineData("Hong Kong", "香港", true)]
    [InlineData("Shanghai", "北京", false)]
    [InlineData("Beijing", "海淀区", true)]
    [InlineData("北京", "Haidian District, Beijing", true)]
    [InlineData("Shenzhen", "南山区", true)]
    [InlineData("Shanghai", "海淀区", false)]
    public void Matches_CityNamedInEitherLanguage_MatchesAliases(string filterCity, string postingCity, bool expected)
    {
        var filter = new AlertFilter(new AlertFilterOptions { Cities = [filterCity] });

        Assert.Equal(expected, filter.Matches(Event(cities: [postingCity]), null));
    }

    [Theory]
    [InlineData("AGENT", "AI Agent 研究员", true)]
    [InlineData("智能体", "代码智能体工程师", true)]
    [InlineData("agent", "大模型推理工程师", false)]
    public void Matches_KeywordAnyCase_MatchesTitle(string keyword, string title, bool expected)
    {
        var filter = new AlertFilter(new AlertFilterOptions { Keywords = [keyword] });

        Assert.Equal(expected, filter.Matches(Event(title), Posting with { Posting = Posting.Posting with { Description = "", Requirement = "" } }));
    }

    [Fact]
    public void Matches_KeywordOnlyInRequirement_Matches()
    {
        var filter = new AlertFilter(new AlertFilterOptions { Keywords = ["YEARS OF EXPERIENCE"] });

        Assert.True(filter.NeedsPosting);
        Assert.True(filter.Matches(Event("算法工程师"), Posting));
    }

    [Fact]
    public void Matches_NoKinds_OnlyAppearedPasses()
    {
        var filter = new AlertFilter(new AlertFilterOptions());

        Assert.True(filter.Matches(Event(kind: ChangeKind.Appeared), null));
        Assert.False(filter.Matches(Event(kind: ChangeKind.Changed), null));
        Assert.False(filter.Matches(Event(kind: ChangeKind.Disappeared), null));
    }

    [Fact]
    public void Matches_TrackFilterPostingUnknown_DoesNotMatch()
    {
        var filter = new AlertFilter(new AlertFilterOptions { Tracks = [RecruitTrack.Campus] });

        Assert.False(filter.Matches(Event(), null));
        Assert.True(filter.Matches(Event(), Posting with { Posting = Posting.Posting with { Track = RecruitTrack.Campus } }));
    }

    [Fact]
    public void Matches_CompanyDifferentCase_Matches()
    {
        var filter = new AlertFilter(new AlertFilterOptions { Companies = ["deepseek"] });

        Assert.True(filter.Matches(Event(), null));
        Assert.False(new AlertFilter(new AlertFilterOptions { Companies = ["MiniMax"] }).Matches(Event(), null));
    }
}
