using Crawler.Analysis.Reporting;
using Crawler.Lab;
using Crawler.LabCli;
using Crawler.Model;
using Crawler.Tests.Support;
using Xunit.Abstractions;

namespace Crawler.Tests.Analysis;

/// <summary>
/// The demo's report must read like the study (<c>shared/study.md</c>): the lab at the demo's sizes and seed,
/// changed as the demo changes it, read by the product's own derived fields and report — not by the lab's truth.
/// </summary>
public sealed class StudyCalibrationTests(ITestOutputHelper output)
{
    private static readonly string[] Firms = ["DeepSeek", "Moonshot", "MiniMax", "Zhipu", "ByteDance", "Alibaba"];

    /// <summary>The study's appendix, row by row, in <see cref="Firms"/> order: ✓ = at least one posting in the area.</summary>
    private static readonly Dictionary<string, string> Appendix = new()
    {
        ["coding-agents"] = "✓✓—✓✓✓",
        ["roleplay-companion"] = "✓—✓✓✓✓",
        ["robotics-embodied"] = "———✓✓✓",
        ["ai-for-science"] = "——✓✓✓✓",
        ["automotive-cockpit"] = "—————✓",
        ["multimodal-generation"] = "—✓✓✓✓✓",
        ["voice-speech"] = "—✓✓✓✓✓",
        ["ai-hardware"] = "————✓✓",
    };

    private static readonly Lazy<Task<StudyReport>> DemoReport = new(BuildDemoReportAsync);

    [Fact]
    public async Task DemoReport_ResearchAreas_MatchTheAppendixExactly()
    {
        var report = await DemoReport.Value;

        var table = Appendix.Keys.ToDictionary(tag => tag, tag =>
        {
            var row = report.Areas.Single(a => a.Tag == tag);
            return string.Concat(Firms.Select(f => row.Cells.Single(c => c.Firm == f).Present ? "✓" : "—"));
        });

        Assert.Equal(Appendix, table);
    }

    [Fact]
    public async Task DemoReport_HeadlineFigures_AreTheStudysWithinTwoPoints()
    {
        var report = await DemoReport.Value;
        var all = report.Experience.Single(e => e.Firm == StudyReportBuilder.AllFirms);
        output.WriteLine(string.Join(", ", report.PostingsByFirm.Select(f => $"{f.Firm} {f.Postings}")));
        output.WriteLine($"big three {report.Cities.BeijingHangzhouShanghaiShare:P1}, Beijing {report.Cities.BeijingListedShare:P1}, " +
                         $"years {all.StudyMean:0.00} (n {all.StudyN}), explicit {all.ExplicitMean:0.00} (n {all.ExplicitN}), " +
                         $"campus among engineering {report.Campus.EngineeringShare:P1} ({report.Campus.EngineeringCampus}/{report.Campus.EngineeringPostings})");
        output.WriteLine(string.Join("; ", report.GoToMarket.Select(g => $"{g.Firm} sales {g.B2BSales} marketing {g.Marketing} other {g.OtherGtm}")));

        Assert.InRange(report.Cities.BeijingHangzhouShanghaiShare!.Value, 0.91, 0.95);
        Assert.InRange(report.Cities.BeijingListedShare!.Value, 0.61, 0.65);
        Assert.InRange(all.StudyMean!.Value, 1.5, 1.7);
        Assert.InRange(all.ExplicitMean!.Value, 3.3, 3.5);
        Assert.InRange(report.Campus.EngineeringShare!.Value, 0.18, 0.22);
    }

    [Fact]
    public async Task DemoReport_PostingsAndGoToMarket_AreTheStudys()
    {
        var report = await DemoReport.Value;
        var count = report.PostingsByFirm.ToDictionary(f => f.Firm, f => f.Postings);
        var gtm = report.GoToMarket.ToDictionary(g => g.Firm);

        Assert.Equal(47, count["DeepSeek"]);
        Assert.Equal((1, 0, 0), (gtm["DeepSeek"].B2BSales, gtm["DeepSeek"].Marketing, gtm["DeepSeek"].OtherGtm));
        Assert.InRange(Firms.Sum(f => count[f]), 1_572, 1_636);
        Assert.True(gtm["Zhipu"].B2BSales > 2 * gtm["Zhipu"].Marketing, "Zhipu's go-to-market is mostly B2B sales");
        Assert.All(new[] { "MiniMax", "Moonshot" }, f => Assert.True(gtm[f].Marketing > 2 * gtm[f].B2BSales, $"{f}'s go-to-market is mostly marketing"));
    }

    /// <summary>What the demo crawls after its lab change: every site at its demo size, 4 added, 3 removed, 3 edited.</summary>
    private static async Task<StudyReport> BuildDemoReportAsync()
    {
        await using var lab = await LabHost.StartAsync(new LabOptions { Seed = 42, SiteSizes = DemoCommand.Sizes });
        var stored = new List<StoredPosting>();
        foreach (var site in lab.Sites.Where(s => DemoCommand.Sizes.ContainsKey(s.Id)))
        {
            site.Mutate(add: 4, remove: 3, edit: 3);
            stored.AddRange(site.GroundTruth().Select(p => Stored(site, p)));
        }

        // Derived fields left empty: the report computes them from the text, as the crawler does when it stores a posting.
        return StudyReportBuilder.Build(stored, new ReportOptions { Weeks = 0, ExamplesPerCell = 0 });
    }

    private static StoredPosting Stored(LabSite site, LabPosting p) => LabStored.Of(site.Id, site.Company, p, "lab");
}
