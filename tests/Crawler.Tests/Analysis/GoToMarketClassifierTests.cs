using Crawler.Analysis;

namespace Crawler.Tests.Analysis;

public sealed class GoToMarketClassifierTests
{
    [Theory]
    [InlineData("大客户销售经理", GoToMarket.B2BSales)]
    [InlineData("解决方案销售（金融行业）", GoToMarket.B2BSales)]
    [InlineData("KA客户经理", GoToMarket.B2BSales)]
    [InlineData("政府关系经理-飞书", GoToMarket.OtherGtm)]
    [InlineData("Government Relations Manager - Lark", GoToMarket.OtherGtm)]
    [InlineData("商务拓展经理（BD）", GoToMarket.B2BSales)]
    [InlineData("Enterprise Account Executive", GoToMarket.B2BSales)]
    [InlineData("Enterprise Sales Director", GoToMarket.B2BSales)]
    [InlineData("品牌市场经理", GoToMarket.Marketing)]
    [InlineData("PR经理", GoToMarket.Marketing)]
    [InlineData("海外增长营销", GoToMarket.Marketing)]
    [InlineData("用户增长运营", GoToMarket.Marketing)]
    [InlineData("Growth Marketing Manager", GoToMarket.Marketing)]
    [InlineData("Developer Relations Lead", GoToMarket.Marketing)]
    [InlineData("售前解决方案架构师", GoToMarket.OtherGtm)]
    [InlineData("Pre-Sales Engineer", GoToMarket.OtherGtm)]
    [InlineData("Solutions Architect, Enterprise", GoToMarket.OtherGtm)]
    [InlineData("客户成功经理", GoToMarket.OtherGtm)]
    [InlineData("销售运营专家", GoToMarket.OtherGtm)]
    [InlineData("生态合作伙伴经理", GoToMarket.OtherGtm)]
    [InlineData("大模型算法工程师", GoToMarket.None)]
    [InlineData("增长算法工程师", GoToMarket.None)]
    [InlineData("广告营销推荐研发工程师", GoToMarket.None)]
    [InlineData("内容运营", GoToMarket.None)]
    [InlineData("产品运营", GoToMarket.None)]
    [InlineData("Product Manager", GoToMarket.None)]
    public void Classify_Title_Class(string title, string expected)
    {
        Assert.Equal(expected, GoToMarketClassifier.Classify(title));
    }

    [Fact]
    public void Classify_DescriptionAloneMentionsMarket_StaysNone()
    {
        Assert.Equal(GoToMarket.None, GoToMarketClassifier.Classify("产品经理", null, "洞察市场需求，与销售团队协作，服务大客户"));
    }

    [Fact]
    public void Classify_SilentTitle_CategoryDecides()
    {
        Assert.Equal(GoToMarket.Marketing, GoToMarketClassifier.Classify("专家（北京）", "市场 / 品牌"));
    }

    [Theory]
    [InlineData("负责渠道伙伴招募、生态伙伴体系建设与合作伙伴赋能", GoToMarket.OtherGtm)]
    [InlineData("完成销售业绩指标，拓展大客户，签单回款", GoToMarket.B2BSales)]
    [InlineData(null, GoToMarket.B2BSales)]
    public void Classify_TitleNamesTwoClasses_DescriptionBreaksTheTie(string? description, string expected)
    {
        Assert.Equal(expected, GoToMarketClassifier.Classify("渠道销售经理", null, description));
    }
}
