using System.Diagnostics;
using Crawler.Analysis;
using Crawler.Model;

namespace Crawler.Tests.Analysis;

[Collection(SerialCollection.Name)]
public sealed class DerivedFieldsCalculatorTests
{
    private static readonly DerivedFieldsCalculator Calculator = DerivedFieldsCalculator.CreateDefault();

    [Fact]
    public void Compute_ExperiencedPosting_AllFieldsDerived()
    {
        var derived = Calculator.Compute(Posting(
            "语音合成算法工程师", RecruitTrack.Experienced, ["北京市", "CT_125", "海淀区"],
            requirement: "3-5年语音相关经验; 3+ years of TTS experience"));

        Assert.Equal(3, derived.MinYearsExperience);
        Assert.False(derived.IsCampus);
        Assert.Equal(["Beijing", "Shanghai"], derived.Cities);
        Assert.Equal(["voice-speech"], derived.AreaTags);
        Assert.Equal(GoToMarket.None, derived.GoToMarket);
        Assert.Equal(Calculator.RulesVersion, derived.RulesVersion);
    }

    [Fact]
    public void Compute_CampusPostingWithoutFigure_ZeroYears()
    {
        var derived = Calculator.Compute(Posting("大模型算法工程师", RecruitTrack.Campus, ["杭州"]));

        Assert.Equal(0, derived.MinYearsExperience);
        Assert.True(derived.IsCampus);
    }

    [Fact]
    public void Compute_ExperiencedPostingWithoutFigure_NullYears()
    {
        var derived = Calculator.Compute(Posting("大客户销售", RecruitTrack.Experienced, ["上海"], requirement: "本科及以上学历"));

        Assert.Null(derived.MinYearsExperience);
        Assert.Equal(GoToMarket.B2BSales, derived.GoToMarket);
    }

    [Fact]
    public void Compute_LongMixedPostings_ThousandsPerSecond()
    {
        var posting = Posting(
            "具身智能算法工程师-Seed", RecruitTrack.Experienced, ["北京", "上海", "深圳"],
            description: string.Concat(Enumerable.Repeat("Build VLA models on H100 clusters; Python 3, CUDA 12, Top 3 venues. ", 10)),
            requirement: string.Concat(Enumerable.Repeat("熟悉PyTorch，H100集群，Top 3会议，薪资30-60K·16薪；", 20)) + "3年以上机器人经验");
        for (var i = 0; i < 500; i++)
        {
            Calculator.Compute(posting);
        }

        // CPU time, not wall time: the shared two-core machine is often saturated by other processes.
        const int Count = 2000;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        for (var i = 0; i < Count; i++)
        {
            Calculator.Compute(posting);
        }

        process.Refresh();
        var perSecond = Count / (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine($"DerivedFieldsCalculator: {perSecond:0} long postings per CPU-second");
        Assert.True(perSecond > 1000, $"{perSecond:0} postings per CPU-second");
    }

    private static ObservedPosting Posting(
        string title, RecruitTrack track, IReadOnlyList<string> cities, string? description = null, string? requirement = null) => new()
        {
            PortalId = "1",
            Title = title,
            Track = track,
            Cities = cities,
            Description = description,
            Requirement = requirement,
            RawJson = "{}",
        };
}
