using Crawler.Analysis.Reporting;
using Crawler.Model;

namespace Crawler.Tests.Analysis.Reporting;

/// <summary>The report over time (issue 17 part 5): weekly appeared/disappeared per firm, open postings per week, ✓ with example postings.</summary>
public sealed class ReportOverTimeTests
{
    // 2026-06-01 is a Monday.
    private static readonly DateTimeOffset Monday = StudyFixture.June1;

    [Fact]
    public void Build_PostingsOverThreeWeeks_FirstCrawlApartAppearedAndGonePerWeek()
    {
        var report = StudyReportBuilder.Build(Postings(), new ReportOptions { Weeks = 12 });

        Assert.Equal([new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 8), new DateOnly(2026, 6, 15)], report.Weeks.Select(w => w.Start));
        var first = report.Weeks[0];
        Assert.Equal(new FirmWeek("DeepSeek", 0, 0, 2, 2), first.Firms.Single(f => f.Firm == "DeepSeek"));
        Assert.Equal(new FirmWeek("MiniMax", 0, 0, 1, 1), first.Firms.Single(f => f.Firm == "MiniMax"));
        // Week 2: DeepSeek d3 appears (a week after its source's first crawl); MiniMax m1 was last seen, gone.
        Assert.Equal(new FirmWeek("DeepSeek", 1, 0, 0, 3), report.Weeks[1].Firms.Single(f => f.Firm == "DeepSeek"));
        Assert.Equal(new FirmWeek("MiniMax", 0, 1, 0, 0), report.Weeks[1].Firms.Single(f => f.Firm == "MiniMax"));
        // Week 3: d1 gone (last seen on the 15th); d3 still open.
        Assert.Equal(new FirmWeek("DeepSeek", 0, 1, 0, 2), report.Weeks[2].Firms.Single(f => f.Firm == "DeepSeek"));
        Assert.Equal((1, 1, 2), (report.Weeks.Sum(w => w.Appeared), report.Weeks[1].Disappeared + report.Weeks[0].Disappeared, report.Weeks[2].Active));
    }

    [Fact]
    public void Build_AsOfAndWeekLimit_StopAtTheDateAndKeepTheLastWeeks()
    {
        var report = StudyReportBuilder.Build(Postings(), new ReportOptions { AsOf = Monday.AddDays(9), Weeks = 1 });

        var week = Assert.Single(report.Weeks);
        Assert.Equal(new DateOnly(2026, 6, 8), week.Start);
        Assert.Equal(3, week.Firms.Single(f => f.Firm == "DeepSeek").Active);
    }

    [Fact]
    public void Build_AreaCellWithCheck_CitesNewestPostingsFirstOnlyHttpLinks()
    {
        var report = StudyReportBuilder.Build(Postings(), new ReportOptions());

        var cell = report.Areas.Single(a => a.Tag == "coding-agents").Cells.Single(c => c.Firm == "DeepSeek");
        Assert.Equal(["DeepSeek:d3", "DeepSeek:d2"], cell.Examples.Select(e => e.Key));
        var markdown = new MarkdownReportRenderer().Render(report);
        Assert.Contains("✓ 2 ([1](https://jobs.example.com/d3?a=1&amp;b=%282%29))", markdown, StringComparison.Ordinal);
        var html = new HtmlReportRenderer().Render(report);
        Assert.Contains("href=\"https://jobs.example.com/d3?a=1&amp;b=%282%29\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ReportOverTime_MarkdownTablesAndHtmlChartWithEscapedFirm()
    {
        var postings = Postings().Append(Posting("<b>Evil</b>", "e1", Monday.AddDays(8), Monday.AddDays(20), gone: false, url: null)).ToList();
        var report = StudyReportBuilder.Build(postings, new ReportOptions());

        var markdown = new MarkdownReportRenderer().Render(report);
        Assert.Contains("## Over time: appeared / disappeared per week", markdown, StringComparison.Ordinal);
        Assert.Contains("| 2026-06-08 | +1 −0 | +0 −0 | +0 −1 | +1 −1 | 1 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 2026-06-15 | 2 | 1 | 0 | 3 |", markdown, StringComparison.Ordinal);
        var html = new HtmlReportRenderer().Render(report);
        Assert.Contains("<svg id=\"timeline-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Evil&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Evil</b>", html, StringComparison.Ordinal);
        Assert.Contains("\"weeks\"", new JsonReportRenderer().Render(report), StringComparison.Ordinal);
    }

    private static List<StoredPosting> Postings() =>
    [
        Posting("DeepSeek", "d1", Monday, Monday.AddDays(14), gone: true, url: "https://jobs.example.com/d1", tags: ["coding-agents"]) with { Status = PostingStatus.Gone },
        Posting("DeepSeek", "d2", Monday.AddHours(1), Monday.AddDays(20), gone: false, url: "javascript:alert(1)", tags: ["coding-agents"]),
        Posting("DeepSeek", "d3", Monday.AddDays(8), Monday.AddDays(20), gone: false, url: "https://jobs.example.com/d3?a=1&b=(2)", tags: ["coding-agents"]),
        Posting("MiniMax", "m1", Monday.AddDays(2), Monday.AddDays(9), gone: true, url: null),
    ];

    private static StoredPosting Posting(string firm, string id, DateTimeOffset first, DateTimeOffset last, bool gone, string? url, IReadOnlyList<string>? tags = null)
    {
        var stored = StudyFixture.Stored(firm, id, "Role " + id, RecruitTrack.Experienced, null, StudyFixture.Derived(null, false, ["Beijing"], tags ?? []));
        return stored with
        {
            Posting = stored.Posting with { Url = url },
            FirstSeen = first,
            LastSeen = last,
            Status = gone ? PostingStatus.Gone : PostingStatus.Active,
        };
    }
}
