using System.Globalization;
using System.Text;

namespace Crawler.Analysis.Reporting;

/// <summary>The report over time in Markdown: appeared and disappeared per firm and week, and the postings open at each week's end.</summary>
internal static class MarkdownTimelineSection
{
    public static void Render(StringBuilder md, StudyReport report)
    {
        if (report.Weeks.Count == 0) return;
        var firms = report.Weeks[^1].Firms.Select(f => f.Firm).ToList();
        MarkdownReportRenderer.Line(md, "## Over time: appeared / disappeared per week");
        MarkdownReportRenderer.Line(md, "Weeks start on Monday (UTC). +appeared −disappeared; a source's first crawl is counted apart (first crawl), not as appeared.");
        MarkdownReportRenderer.Line(md);
        MarkdownReportRenderer.Table(md, ["Week", .. firms, "Total", "First crawl"],
            report.Weeks.Select(w => new[] { ReportFormat.Week(w.Start) }
                .Concat(w.Firms.Select(f => $"+{N(f.Appeared)} −{N(f.Disappeared)}"))
                .Append($"+{N(w.Appeared)} −{N(w.Disappeared)}")
                .Append(N(w.FirstCrawl))
                .ToArray()));
        MarkdownReportRenderer.Line(md, "## Over time: open postings at the end of each week");
        MarkdownReportRenderer.Table(md, ["Week", .. firms, "Total"],
            report.Weeks.Select(w => new[] { ReportFormat.Week(w.Start) }.Concat(w.Firms.Select(f => N(f.Active))).Append(N(w.Active)).ToArray()));
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
