using System.Text.Json;
using Crawler.Model;
using Crawler.Portals.Alibaba;
using Crawler.Tests.Support;

namespace Crawler.Tests.Portals.Alibaba;

/// <summary>The seven verbatim records and past-the-end answers in Fixtures/real/alibaba (portals.md §6).</summary>
public sealed class AlibabaRealSampleTests
{
    private const string Fixture = "alibaba/ali-social-portals.fixture.json";

    // Hosts from SOURCE.txt beside the fixture.
    public static TheoryData<string, string, string, string[], string?> Records => new()
    {
        { "alibaba_social", "https://talent-holding.alibaba.com/off-campus/position-list?lang=zh", "集团安全部-AI红队-Agent攻防工程师/专家-杭州", ["杭州"], "技术类 / 安全" },
        { "aidc_social", "https://aidc-jobs.alibaba.com/zh/off-campus/position-list?lang=zh", "阿里国际站-高级客户经理-深莞惠大区-深东中区-深东新签特区", ["深圳"], "销售类 / 直销" },
        { "tongyi_social", "https://careers-tongyi.alibaba.com/off-campus/position-list?lang=zh", "Token Foundry-多模态交互算法专家-Qwen Audio", ["北京", "杭州"], "技术类 / 算法" },
        { "taotian_social", "https://talent.taotian.com/off-campus/position-list?lang=zh", "天猫事业部-天猫国际-保健品平台运营", ["杭州"], null },
        { "ele_social", "https://talent.ele.me/off-campus/position-list?lang=zh", "淘宝闪购-业务专员-深圳", ["深圳"], "市场拓展 / BD" },
        { "dingtalk_social", "https://talent.dingtalk.com/off-campus/position-list?lang=zh", "千问办公-品牌策略营销专家-杭州", ["杭州"], "市场拓展 / 市场" },
        { "quark_social", "https://talent.quark.cn/off-campus/position-list?lang=zh", "千问事业部-大模型压缩&推理加速技术专家/高级专家-杭州/北京/广州", ["北京", "杭州", "广州"], null },
    };

    [Theory]
    [MemberData(nameof(Records))]
    public void Parse_RealRecord_ReadsTitleCitiesCategoryTrackAndText(string site, string entry, string title, string[] cities, string? category)
    {
        using var document = JsonDocument.Parse(RealSamples.Read(Fixture));
        var record = Assert.Single(document.RootElement.GetProperty(site).GetProperty("postings").EnumerateArray());

        var posting = AlibabaPostingParser.Parse(record, new Uri(entry));

        Assert.Equal(record.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), posting.PortalId);
        Assert.Equal(title, posting.Title);
        Assert.Equal(cities, posting.Cities);
        Assert.Equal(category, posting.Category);
        Assert.Equal(RecruitTrack.Experienced, posting.Track);
        // Plain text kept exactly, bullets and line breaks included.
        Assert.Equal(record.GetProperty("description").GetString(), posting.Description);
        Assert.Equal(record.GetProperty("requirement").GetString(), posting.Requirement);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(record.GetProperty("publishTime").GetInt64()), posting.PublishedAt);
        Assert.DoesNotContain("track_id", posting.Url, StringComparison.Ordinal);
        Assert.Equal($"https://{new Uri(entry).Host}/off-campus/position-detail?positionId={posting.PortalId}", posting.Url);
        Assert.Contains("track_id", posting.RawJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RealRecordTwiceWithDifferentTrackIds_HasTheSameBusinessHash()
    {
        var text = RealSamples.Read(Fixture);
        using var document = JsonDocument.Parse(text);
        var record = document.RootElement.GetProperty("tongyi_social").GetProperty("postings")[0];
        var trackId = record.GetProperty("trackId").GetString()!;
        using var churned = JsonDocument.Parse(record.GetRawText().Replace(trackId, "SSP0000000000000OtherTrack0001", StringComparison.Ordinal));
        var entry = new Uri("https://careers-tongyi.alibaba.com/off-campus/position-list?lang=zh");

        var before = AlibabaPostingParser.Parse(record, entry);
        var after = AlibabaPostingParser.Parse(churned.RootElement, entry);

        Assert.NotEqual(before.RawJson, after.RawJson);
        Assert.Equal(before.Url, after.Url);
        Assert.Equal(Crawler.Changes.ContentHasher.Business(before), Crawler.Changes.ContentHasher.Business(after));
    }

    [Theory]
    [InlineData("alibaba_social")]
    [InlineData("aidc_social")]
    [InlineData("tongyi_social")]
    [InlineData("taotian_social")]
    [InlineData("ele_social")]
    [InlineData("dingtalk_social")]
    [InlineData("quark_social")]
    public void SearchPageParse_RealPastTheEndAnswer_IsAnEmptyPageWithTotalZero(string site)
    {
        using var document = JsonDocument.Parse(RealSamples.Read(Fixture));
        var response = document.RootElement.GetProperty(site).GetProperty("endpoint").GetProperty("response");

        var page = AlibabaListPage.Parse(response.GetRawText());

        // The end of paging, not an error; its totalCount 0 is "out of range", which the listing never reads as a total.
        Assert.Empty(page.Records);
        Assert.Equal(0, page.TotalCount);
    }

    [Fact]
    public void DetailUrl_AidcEntryUnderZhPrefix_KeepsThePrefix()
    {
        var url = AlibabaPostingParser.DetailUrl(new Uri("https://aidc-jobs.alibaba.com/zh/off-campus/position-list?lang=zh"), "100046800001");

        Assert.Equal("https://aidc-jobs.alibaba.com/zh/off-campus/position-detail?lang=zh&positionId=100046800001", url.ToString());
    }
}
