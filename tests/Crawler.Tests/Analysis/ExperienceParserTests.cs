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
}
