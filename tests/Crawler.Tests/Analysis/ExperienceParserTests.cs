using Crawler.Analysis;

namespace Crawler.Tests.Analysis;

public sealed class ExperienceParserTests
{
    [Fact]
    public void Parse_BothLanguagesStateAFigure_ChineseWinsAndIsExplained()
    {
        var reading = ExperienceParser.Parse("Requirements: 5+ years of experience.\n要求：3年以上工作经验");

        Assert.Equal(3, reading.Years);
        Assert.Equal(ExperienceLanguage.Chinese, reading.Language);
        Assert.Equal(ExperienceBasis.StatedYears, reading.Basis);
        Assert.Equal("3年以上", reading.MatchedText);
    }

    [Fact]
    public void Parse_EnglishOnly_ReportsEnglishAndTheLowerBound()
    {
        var reading = ExperienceParser.Parse("Python 3, H100, Top 3; 3 to 5 years of experience in NLP");

        Assert.Equal(3, reading.Years);
        Assert.Equal(ExperienceLanguage.English, reading.Language);
        Assert.Contains("3 to 5 years", reading.MatchedText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027届校招-算法工程师")]
    [InlineData("Fresh graduates welcome")]
    public void Parse_NewGraduateWordingOnly_IsZeroWithNewGraduateBasis(string text)
    {
        var reading = ExperienceParser.Parse(text);

        Assert.Equal(0, reading.Years);
        Assert.Equal(ExperienceBasis.NewGraduate, reading.Basis);
        Assert.False(reading.IsExplicit);
    }

    [Fact]
    public void Parse_NoExperienceRequired_IsExplicitZero()
    {
        var reading = ExperienceParser.Parse("学历不限，经验不限");

        Assert.Equal(0, reading.Years);
        Assert.Equal(ExperienceBasis.NoneRequired, reading.Basis);
        Assert.True(reading.IsExplicit);
    }

    [Theory]
    [InlineData("薪资20-40K·15薪，招聘3人，2026年6月入职，985/211优先，提升30%，5G/3D/H100")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_OnlyDistractors_IsNotStated(string? text)
    {
        Assert.Equal(ExperienceReading.NotStated, ExperienceParser.Parse(text));
    }

    [Fact]
    public void Parse_SeveralFields_TitleFigureComesFirst()
    {
        var reading = ExperienceParser.Parse("资深算法工程师（5年以上）", null, "3年以上深度学习经验");

        Assert.Equal(5, reading.Years);
    }

    [Theory]
    [InlineData("３年以上后端开发经验", 3, "３年以上")]
    [InlineData("工作经验：１－３年", 1, "经验：１－３年")]
    [InlineData("5+ years后端开发经验", 5, "5+ years")]
    [InlineData("有 3 years 以上 NLP 相关研发经验", 3, "3 years 以上")]
    [InlineData("Experience level: 3-5 years", 3, "Experience level: 3-5 years")]
    [InlineData("Experience: 不限", 0, "Experience: 不限")]
    public void Parse_IssueFifteenForms_ReadAndQuotedAsWritten(string text, double years, string matched)
    {
        var reading = ExperienceParser.Parse(text);

        Assert.Equal(years, reading.Years);
        Assert.Equal(matched, reading.MatchedText);
    }

    [Theory]
    [InlineData("本科需5年以上、硕士需3年以上相关工作经验", 3)]
    [InlineData("硕士学历需2年以上算法经验，博士学历需1年以上", 1)]
    [InlineData("PhD, or 3+ years of industry experience", 3)]
    [InlineData("5年以上工作经验，其中至少2年大模型相关经验", 5)]
    [InlineData("有5年以上行业经验者优先；需具备2年以上产品经验", 2)]
    [InlineData("毕业5年以内，具有2年以上后端开发经验", 2)]
    [InlineData("Our team has been building search for 10+ years. Requirements: 4+ years of experience.", 4)]
    public void Parse_SeveralFigures_TheRequirementWins(string text, double years)
    {
        Assert.Equal(years, ExperienceParser.Parse(text).Years);
    }

    [Fact]
    public void Parse_GraduationWindowAlone_ZeroAsNewGraduate()
    {
        var reading = ExperienceParser.Parse("硕士毕业3年以内");

        Assert.Equal(0, reading.Years);
        Assert.Equal(ExperienceBasis.NewGraduate, reading.Basis);
    }
}
