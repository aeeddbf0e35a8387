using System.Globalization;
using System.Text;

namespace Crawler.Analysis.Reporting;

/// <summary>The report over time in Markdown: appeared and disappeared per firm and week, and the postings open at each week's end.</summary>
internal static class MarkdownTimelineSection
{
    public static void Render(StringBuilder md, StudyReport report)
    {
        if (TimelineTable.Of(report) is not { } timeline) return;
        MarkdownReportRenderer.Line(md, "## Over time: appeared / disappeared per week");
        MarkdownReportRenderer.Line(md, "Weeks start on Monday (UTC). +appeared −disappeared; a source's first crawl is counted apart (first crawl), not as appeared.");
        MarkdownReportRenderer.Line(md);
        MarkdownReportRenderer.Table(md, timeline.Columns,
            timeline.Rows.Select(r => new[] { r.Week }.Concat(r.Firms.Append(r.Total).Select(c => c.Moves)).Append(N(r.FirstCrawl)).ToArray()));
        MarkdownReportRenderer.Line(md, "## Over time: open postings at the end of each week");
        MarkdownReportRenderer.Table(md, [.. timeline.Columns.SkipLast(1)],
            timeline.Rows.Select(r => new[] { r.Week }.Concat(r.Firms.Append(r.Total).Select(c => N(c.Open))).ToArray()));
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
