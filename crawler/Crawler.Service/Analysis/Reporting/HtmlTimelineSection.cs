using System.Globalization;
using System.Net;
using System.Text;

namespace Crawler.Analysis.Reporting;

/// <summary>The report over time on the HTML page: open postings per firm as a line chart, and the weekly appeared/disappeared table.</summary>
internal static class HtmlTimelineSection
{
    public static void Render(StringBuilder html, StudyReport report)
    {
        if (TimelineTable.Of(report) is not { } timeline) return;
        html.Append("<section id=\"timeline\"><h2>Over time</h2>");
        html.Append("<p class=\"muted\">Open postings at the end of each week (Monday-based, UTC); below, +appeared −disappeared per week. A source's first crawl is counted apart, not as appeared.</p>");
        html.Append(SvgLineChart.Render("timeline-chart", "Open postings per firm by week", [.. timeline.Rows.Select(r => r.Week)], timeline.OpenSeries));
        html.Append("<table id=\"timeline-table\"><thead><tr>");
        foreach (var column in timeline.Columns) html.Append("<th>").Append(E(column)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in timeline.Rows)
        {
            html.Append("<tr><td>").Append(E(row.Week)).Append("</td>");
            foreach (var cell in row.Firms.Append(row.Total)) html.Append(CultureInfo.InvariantCulture, $"<td>{cell.Moves}<br><span class=\"muted\">{cell.Open} open</span></td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{row.FirstCrawl}</td></tr>");
        }

        html.Append("</tbody></table></section>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
