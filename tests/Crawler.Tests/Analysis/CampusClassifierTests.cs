using Crawler.Analysis;
using Crawler.Model;

namespace Crawler.Tests.Analysis;

public sealed class CampusClassifierTests
{
    [Theory]
    [InlineData(RecruitTrack.Campus, "算法工程师", true)]
    [InlineData(RecruitTrack.Intern, "Backend Engineer", true)]
    [InlineData(RecruitTrack.Experienced, "2027届校招-算法工程师", false)]
    public void IsCampus_PortalTrackKnown_TrackDecides(RecruitTrack track, string title, bool expected)
    {
        Assert.Equal(expected, CampusClassifier.IsCampus(track, title));
    }

    [Theory]
    [InlineData("2027届校招-大模型算法工程师", true)]
    [InlineData("日常实习生-后端开发", true)]
    [InlineData("Research Intern - LLM", true)]
    [InlineData("New Grad Software Engineer", true)]
    [InlineData("Campus Recruitment - Data Scientist", true)]
    [InlineData("资深后端工程师", false)]
    [InlineData("Senior International Business Manager", false)]
    public void IsCampus_UnknownTrack_TitleDecides(string title, bool expected)
    {
        Assert.Equal(expected, CampusClassifier.IsCampus(RecruitTrack.Unknown, title));
    }

    [Fact]
    public void IsCampus_UnknownTrack_RecruitTypeWordCounts()
    {
        Assert.True(CampusClassifier.IsCampus(RecruitTrack.Unknown, "算法工程师", recruitType: "实习"));
    }

    [Fact]
    public void IsCampus_UnknownTrack_InternshipExperienceInRequirementIsNotCampus()
    {
        Assert.False(CampusClassifier.IsCampus(
            RecruitTrack.Unknown, "算法工程师", requirement: "3年以上工作经验，有大厂实习经验优先; internship experience a plus"));
    }

    [Fact]
    public void IsCampus_UnknownTrack_NewGraduateWordInRequirementCounts()
    {
        Assert.True(CampusClassifier.IsCampus(RecruitTrack.Unknown, "算法工程师", requirement: "面向2027届应届毕业生"));
    }

    [Fact]
    public void IsCampus_UnknownTrack_CohortOrEarlierInRequirementIsNotCampus()
    {
        Assert.False(CampusClassifier.IsCampus(RecruitTrack.Unknown, "算法工程师", requirement: "2020届及以前毕业，3年以上算法经验"));
    }
}
