using Crawler.Analysis;
using Crawler.Model;

namespace Crawler.Tests.Analysis.Reporting;

/// <summary>
/// A hand-made set of postings with answers worked out by hand (see each test). Seven are active:
/// DeepSeek d1–d4, MiniMax m1–m3; d5 is gone; m3 has no stored derived fields, so the builder computes them.
/// </summary>
internal static class StudyFixture
{
    public static readonly DateTimeOffset June1 = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<StoredPosting> Postings() =>
    [
        Stored("DeepSeek", "d1", "大模型算法工程师", RecruitTrack.Experienced, "3年以上经验",
            Derived(3, false, ["Beijing"], ["coding-agents"])),
        Stored("DeepSeek", "d2", "语音算法工程师", RecruitTrack.Experienced, "5-8年",
            Derived(5, false, ["Beijing", "Hangzhou"], ["voice-speech"])),
        Stored("DeepSeek", "d3", "2027届校招-研究员", RecruitTrack.Campus, "有1年以上研究经验者优先",
            Derived(1, true, ["Beijing", "Shanghai", "Shenzhen"], ["coding-agents"])),
        Stored("DeepSeek", "d4", "大客户销售", RecruitTrack.Experienced, "本科",
            Derived(null, false, ["Shanghai"], [], GoToMarket.B2BSales)),
        Stored("DeepSeek", "d5", "品牌经理", RecruitTrack.Experienced, "5年以上",
            Derived(5, false, ["Beijing"], [], GoToMarket.Marketing)) with
        { Status = PostingStatus.Gone, LastSeen = June1.AddDays(29) },
        Stored("MiniMax", "m1", "视频生成算法实习生", RecruitTrack.Intern, null,
            Derived(0, true, ["Shanghai"], ["multimodal-generation"])),
        Stored("MiniMax", "m2", "品牌市场经理", RecruitTrack.Experienced, "经验不限",
            Derived(0, false, ["Singapore"], [], GoToMarket.Marketing)),
        Stored("MiniMax", "m3", "Robotics Engineer", RecruitTrack.Experienced, "3+ years of experience with ROS",
            null, ["北京市", "CT_125"]),
    ];

    public static StoredPosting Stored(
        string company,
        string id,
        string title,
        RecruitTrack track,
        string? requirement,
        DerivedFields? derived,
        IReadOnlyList<string>? cities = null) => new()
        {
            Key = $"{company}:{id}",
            SourceId = company,
            Company = company,
            Posting = new ObservedPosting
            {
                PortalId = id,
                Title = title,
                Requirement = requirement,
                Track = track,
                Cities = cities ?? derived?.Cities ?? [],
                RawJson = "{}",
            },
            Status = PostingStatus.Active,
            FirstSeen = June1,
            LastSeen = June1.AddDays(40),
            ContentHash = id,
            PayloadHash = id,
            Derived = derived,
        };

    public static DerivedFields Derived(
        double? years, bool campus, IReadOnlyList<string> cities, IReadOnlyList<string> tags, string gtm = GoToMarket.None) => new()
        {
            MinYearsExperience = years,
            IsCampus = campus,
            Cities = cities,
            AreaTags = tags,
            GoToMarket = gtm,
            RulesVersion = 1,
        };
}
