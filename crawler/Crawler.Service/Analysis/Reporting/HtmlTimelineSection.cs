using System.Globalization;
using System.Net;
using System.Text;

namespace Crawler.Analysis.Reporting;

/// <summary>The report over time on the HTML page: open postings per firm as a line chart, and the weekly appeared/disappeared table.</summary>
internal static class HtmlTimelineSection
{
    public static void Render(StringBuilder html, StudyReport report)
    {
        if (report.Weeks.Count == 0) return;
        var weeks = report.Weeks.Select(w => ReportFormat.Week(w.Start)).ToList();
        var firms = report.Weeks[^1].Firms.Select(f => f.Firm).ToList();
        var series = firms.Select((firm, i) => (firm, (IReadOnlyList<int>)report.Weeks.Select(w => w.Firms[i].Active).ToList())).ToList();
        html.Append("<section id=\"timeline\"><h2>Over time</h2>");
        html.Append("<p class=\"muted\">Open postings at the end of each week (Monday-based, UTC); below, +appeared −disappeared per week. A source's first crawl is counted apart, not as appeared.</p>");
        html.Append(SvgLineChart.Render("timeline-chart", "Open postings per firm by week", weeks, series));
        html.Append("<table id=\"timeline-table\"><thead><tr><th>Week</th>");
        foreach (var firm in firms) html.Append("<th>").Append(E(firm)).Append("</th>");
        html.Append("<th>Total</th><th>First crawl</th></tr></thead><tbody>");
        foreach (var week in report.Weeks)
        {
            html.Append("<tr><td>").Append(E(ReportFormat.Week(week.Start))).Append("</td>");
            foreach (var f in week.Firms) html.Append(CultureInfo.InvariantCulture, $"<td>+{f.Appeared} −{f.Disappeared}<br><span class=\"muted\">{f.Active} open</span></td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>+{week.Appeared} −{week.Disappeared}<br><span class=\"muted\">{week.Active} open</span></td><td>{week.FirstCrawl}</td></tr>");
        }

        html.Append("</tbody></table></section>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
