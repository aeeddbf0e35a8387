using Crawler.Analysis;
using Crawler.Analysis.Reporting;
using Crawler.Model;

namespace Crawler.Tests.Analysis.Reporting;

public sealed class StudyReportBuilderTests
{
    private const double Tolerance = 1e-9;
    private static readonly ReportOptions Current = new();

    [Fact]
    public void Build_ActiveOnly_CountsPerFirmMostFirst()
    {
        var report = StudyReportBuilder.Build(StudyFixture.Postings(), Current);

        Assert.Equal(7, report.TotalPostings);
        Assert.Equal(["DeepSeek", "MiniMax"], report.Firms);
        Assert.Equal([new FirmCount("DeepSeek", 4), new FirmCount("MiniMax", 3)], report.PostingsByFirm);
    }

    [Fact]
    public void Build_PostingsInSeveralCities_SplitOneOverN()
    {
        var cities = StudyReportBuilder.Build(StudyFixture.Postings(), Current).Cities;

        // Beijing: d1 1 + d2 1/2 + d3 1/3 + m3 1/2; Shanghai: d3 1/3 + d4 1 + m1 1 + m3 1/2 (m3 from 北京市 + CT_125).
        Assert.Equal(["Shanghai", "Beijing", "Singapore", "Hangzhou", "Shenzhen"], cities.Cities.Select(c => c.City));
        Assert.Equal(17.0 / 6, Weight(cities, "Shanghai"), Tolerance);
        Assert.Equal(7.0 / 3, Weight(cities, "Beijing"), Tolerance);
        Assert.Equal(0.5, Weight(cities, "Hangzhou"), Tolerance);
        Assert.Equal(1.0 / 3, Weight(cities, "Shenzhen"), Tolerance);
        Assert.Equal(7, cities.Cities.Sum(c => c.Weight), Tolerance);
        Assert.Equal(7, cities.PostingsWithCity);
        Assert.Equal((17.0 / 6 + 7.0 / 3 + 0.5) / 7, cities.BeijingHangzhouShanghaiShare!.Value, Tolerance);
        Assert.Equal(4.0 / 7, cities.BeijingListedShare!.Value, Tolerance);
        Assert.Equal(1.0 / 7, cities.Cities.Single(c => c.City == "Singapore").Share, Tolerance);
    }

    [Fact]
    public void Build_TopCitiesLimit_RestSummedAsOther()
    {
        var cities = StudyReportBuilder.Build(StudyFixture.Postings(), new ReportOptions { TopCities = 2 }).Cities;

        Assert.Equal(["Shanghai", "Beijing", "Other"], cities.Cities.Select(c => c.City));
        Assert.Equal(1 + 0.5 + (1.0 / 3), cities.Cities[2].Weight, Tolerance);
    }

    [Fact]
    public void Build_Experience_StudyRuleAndExplicitOnly()
    {
        var rows = StudyReportBuilder.Build(StudyFixture.Postings(), Current).Experience;

        // Study rule: DeepSeek 3, 5, campus d3 → 0, d4 excluded; MiniMax campus m1 → 0, m2 0, m3 3 (computed).
        Assert.Equal(["DeepSeek", "MiniMax", StudyReportBuilder.AllFirms], rows.Select(r => r.Firm));
        Assert.Equal(8.0 / 3, rows[0].StudyMean!.Value, Tolerance);
        Assert.Equal(3, rows[0].StudyN);
        Assert.Equal(1.0, rows[1].StudyMean!.Value, Tolerance);
        Assert.Equal(3, rows[1].StudyN);
        Assert.Equal(11.0 / 6, rows[2].StudyMean!.Value, Tolerance);
        Assert.Equal(6, rows[2].StudyN);

        // Explicit figures only: d1 3, d2 5, d3 1 (stated on a campus posting); m2 0 (经验不限), m3 3.
        Assert.Equal(3.0, rows[0].ExplicitMean!.Value, Tolerance);
        Assert.Equal(3, rows[0].ExplicitN);
        Assert.Equal(1.5, rows[1].ExplicitMean!.Value, Tolerance);
        Assert.Equal(2, rows[1].ExplicitN);
        Assert.Equal(2.4, rows[2].ExplicitMean!.Value, Tolerance);
        Assert.Equal(5, rows[2].ExplicitN);
    }

    [Fact]
    public void Build_AreaTable_CountsAndCheckMarks()
    {
        var report = StudyReportBuilder.Build(StudyFixture.Postings(), Current);

        Assert.Equal(8, report.Areas.Count);
        Assert.Equal([("DeepSeek", 2, true), ("MiniMax", 0, false)], Area(report, "coding-agents").Cells.Select(c => (c.Firm, c.Count, c.Present)));
        Assert.Equal([("DeepSeek", 0, false), ("MiniMax", 1, true)], Area(report, "robotics-embodied").Cells.Select(c => (c.Firm, c.Count, c.Present)));
        Assert.Equal(1, Area(report, "voice-speech").Total);
        Assert.Equal(0, Area(report, "ai-hardware").Total);
    }

    [Fact]
    public void Build_AreaThresholdTwo_SinglePostingIsNoCheck()
    {
        var report = StudyReportBuilder.Build(StudyFixture.Postings(), new ReportOptions { AreaThreshold = 2 });

        Assert.True(Area(report, "coding-agents").Cells[0].Present);
        Assert.False(Area(report, "voice-speech").Cells[0].Present);
        Assert.Equal(1, Area(report, "voice-speech").Cells[0].Count);
    }

    [Fact]
    public void Build_GoToMarket_CompositionPerFirm()
    {
        var rows = StudyReportBuilder.Build(StudyFixture.Postings(), Current).GoToMarket;

        Assert.Equal(new GoToMarketRow("DeepSeek", 1, 0, 0, 3, 1.0), rows[0]);
        Assert.Equal(new GoToMarketRow("MiniMax", 0, 1, 0, 2, 0.0), rows[1]);
    }

    [Fact]
    public void Build_Campus_OverallAndEngineering()
    {
        var campus = StudyReportBuilder.Build(StudyFixture.Postings(), Current).Campus;

        // Campus: d3, m1. Engineering: d1, d2, d3 (研究), m1 (算法), m3 (Engineer); d4 and m2 are GTM.
        Assert.Equal(new CampusSummary(7, 2, 2.0 / 7, 5, 2, 0.4), campus);
    }

    [Fact]
    public void Build_AsOf_IncludesPostingGoneLaterExcludesPostingSeenLater()
    {
        var late = StudyFixture.Stored("MiniMax", "m9", "Engineer", RecruitTrack.Experienced, null, null, ["上海"]) with
        {
            FirstSeen = new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero),
        };
        var postings = StudyFixture.Postings().Append(late).ToList();

        var asOf = StudyReportBuilder.Build(postings, new ReportOptions { AsOf = new DateTimeOffset(2026, 6, 23, 0, 0, 0, TimeSpan.Zero) });
        var everything = StudyReportBuilder.Build(postings, new ReportOptions { ActiveOnly = false });

        Assert.Equal(8, asOf.TotalPostings);
        Assert.Equal(5, asOf.PostingsByFirm[0].Postings);
        Assert.Equal(9, everything.TotalPostings);
    }

    [Fact]
    public void Build_NoPostings_EmptyReportWithoutDivisionByZero()
    {
        var report = StudyReportBuilder.Build([], Current);

        Assert.Equal(0, report.TotalPostings);
        Assert.Null(report.Cities.BeijingListedShare);
        Assert.Null(report.Campus.Share);
        Assert.Null(Assert.Single(report.Experience).StudyMean);
    }

    private static double Weight(CityDistribution cities, string city) => cities.Cities.Single(c => c.City == city).Weight;

    private static AreaRow Area(StudyReport report, string tag) => report.Areas.Single(a => a.Tag == tag);
}
