using System.Globalization;
using System.Net;
using System.Text;

namespace Crawler.Analysis.Reporting;

/// <summary>
/// Renders the <see cref="StudyReport"/> as one self-contained HTML page that works offline: inline CSS,
/// inline SVG charts drawn in C#, no script, no external resource (a Content-Security-Policy forbids them).
/// All text is HTML-encoded because firm, city and tag names come from portals.
/// </summary>
public sealed class HtmlReportRenderer
{
    private const string Css = """
        body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC",sans-serif;margin:0;background:#f6f7f9;color:#1d2330}
        main{max-width:980px;margin:0 auto;padding:24px}
        h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:0 0 12px}
        .muted{color:#5b6577;font-size:13px}
        section{background:#fff;border:1px solid #e2e5ea;border-radius:8px;padding:16px 20px;margin:16px 0}
        .cards{display:flex;flex-wrap:wrap;gap:12px}
        .card{flex:1 1 160px;background:#fff;border:1px solid #e2e5ea;border-radius:8px;padding:12px 16px}
        .card b{display:block;font-size:22px}
        table{border-collapse:collapse;width:100%;font-size:14px}
        th,td{border-bottom:1px solid #eceef2;padding:6px 8px;text-align:right}
        th:first-child,td:first-child{text-align:left}
        th{background:#f0f2f5;font-weight:600}
        td.yes{color:#1a7f37;font-weight:600}td.no{color:#9aa3b2}
        .chart .label{font-size:12px;fill:#1d2330}.chart .value{font-size:12px;fill:#5b6577}
        .chart .bar{fill:#4c78a8}.chart .bar.highlight{fill:#f58518}
        """;

    /// <summary>The page's Content-Security-Policy: nothing but its own inline styles and data images.</summary>
    public const string Csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    /// <summary>The report as a complete HTML document.</summary>
    public string Render(StudyReport report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(Csp).Append("\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
        html.Append("<title>Study report</title><style>").Append(Css).Append("</style></head><body><main>");
        html.Append(CultureInfo.InvariantCulture, $"<h1>Study report: {report.TotalPostings} postings, {report.Firms.Count} firms</h1>");
        html.Append(CultureInfo.InvariantCulture,
            $"<p class=\"muted\">As of {E(ReportFormat.AsOf(report))} · rules version {report.RulesVersion}</p>");
        Cards(html, report);
        Firms(html, report);
        Experience(html, report);
        Cities(html, report);
        Areas(html, report);
        GoToMarket(html, report);
        Campus(html, report);
        HtmlTimelineSection.Render(html, report);
        return html.Append("</main></body></html>").ToString();
    }

    private static void Cards(StringBuilder html, StudyReport report)
    {
        var all = report.Experience.FirstOrDefault(e => e.Firm == StudyReportBuilder.AllFirms);
        html.Append("<div class=\"cards\" id=\"summary\">");
        Card(html, "Postings", report.TotalPostings.ToString(CultureInfo.InvariantCulture));
        Card(html, "Beijing + Hangzhou + Shanghai", ReportFormat.Percent(report.Cities.BeijingHangzhouShanghaiShare));
        Card(html, "Postings listing Beijing", ReportFormat.Percent(report.Cities.BeijingListedShare));
        Card(html, "Mean min. years (study rule)", ReportFormat.Number(all?.StudyMean, "0.0"));
        Card(html, "Campus share, engineering", ReportFormat.Percent(report.Campus.EngineeringShare));
        html.Append("</div>");
    }

    private static void Card(StringBuilder html, string label, string value) =>
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"card\"><b>{E(value)}</b><span class=\"muted\">{E(label)}</span></div>");

    /// <summary>The Markdown report's first table, as a chart and a table.</summary>
    private static void Firms(StringBuilder html, StudyReport report)
    {
        var bars = report.PostingsByFirm.Select(f => new BarDatum(f.Firm, f.Postings, f.Postings.ToString(CultureInfo.InvariantCulture), false)).ToList();
        html.Append("<section id=\"firms\"><h2>Postings per firm</h2>");
        html.Append(SvgBarChart.Render("firms-chart", "Postings per firm", bars));
        Table(html, "firms-table", ["Firm", "Postings"], report.PostingsByFirm.Select(f => new[] { f.Firm, N(f.Postings) }));
        html.Append("</section>");
    }

    private static void Experience(StringBuilder html, StudyReport report)
    {
        var bars = report.Experience.Where(e => e.StudyMean is not null)
            .Select(e => new BarDatum(e.Firm, e.StudyMean!.Value, $"{ReportFormat.Number(e.StudyMean, "0.0")} y (n={e.StudyN})", e.Firm == StudyReportBuilder.AllFirms))
            .ToList();
        html.Append("<section id=\"experience\"><h2>Mean minimum years of experience</h2>");
        html.Append("<p class=\"muted\">Study rule: campus postings count as 0; postings with neither a stated requirement nor campus status are excluded.</p>");
        html.Append(SvgBarChart.Render("experience-chart", "Mean minimum years of experience by firm", bars));
        Table(html, "experience-table", ["Firm", "Study mean", "n", "Explicit-only mean", "n"],
            report.Experience.Select(e => new[] { e.Firm, ReportFormat.Number(e.StudyMean), N(e.StudyN), ReportFormat.Number(e.ExplicitMean), N(e.ExplicitN) }));
        html.Append("</section>");
    }

    private static void Cities(StringBuilder html, StudyReport report)
    {
        var c = report.Cities;
        var bars = c.Cities.Select(s => new BarDatum(s.City, s.Weight, $"{ReportFormat.Number(s.Weight, "0.##")} ({ReportFormat.Percent(s.Share)})")).ToList();
        html.Append("<section id=\"cities\"><h2>Cities (a posting in N cities adds 1/N to each)</h2>");
        html.Append(CultureInfo.InvariantCulture,
            $"<p class=\"muted\">{c.PostingsWithCity} postings with a city, {c.PostingsWithoutCity} without. Beijing + Hangzhou + Shanghai: {E(ReportFormat.Percent(c.BeijingHangzhouShanghaiShare))}. Listing Beijing: {E(ReportFormat.Percent(c.BeijingListedShare))}.</p>");
        html.Append(SvgBarChart.Render("city-chart", "Postings by city (1/N rule)", bars));
        html.Append("</section>");
    }

    private static void Areas(StringBuilder html, StudyReport report)
    {
        html.Append("<section id=\"areas\"><h2>Research areas</h2>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">✓ = at least {report.AreaThreshold} posting(s) with the tag; the number is the count.</p>");
        html.Append("<table id=\"area-table\"><thead><tr><th>Area</th>");
        foreach (var firm in report.Firms)
        {
            html.Append("<th>").Append(E(firm)).Append("</th>");
        }

        html.Append("<th>Total</th></tr></thead><tbody>");
        foreach (var row in report.Areas)
        {
            html.Append("<tr><td>").Append(E(row.Name)).Append("</td>");
            foreach (var cell in row.Cells)
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<td class=\"{(cell.Present ? "yes" : "no")}\">{ReportFormat.Mark(cell.Present)} {cell.Count}{Examples(cell)}</td>");
            }

            html.Append(CultureInfo.InvariantCulture, $"<td>{row.Total}</td></tr>");
        }

        html.Append("</tbody></table></section>");
    }

    private static void GoToMarket(StringBuilder html, StudyReport report)
    {
        html.Append("<section id=\"gtm\"><h2>Go-to-market roles</h2>");
        Table(html, "gtm-table", ["Firm", "B2B sales", "Marketing", "Other GTM", "Not GTM", "Sales share"],
            report.GoToMarket.Select(g => new[] { g.Firm, N(g.B2BSales), N(g.Marketing), N(g.OtherGtm), N(g.None), ReportFormat.Percent(g.SalesShare) }));
        html.Append("</section>");
    }

    private static void Campus(StringBuilder html, StudyReport report)
    {
        var c = report.Campus;
        html.Append("<section id=\"campus\"><h2>Campus share</h2>");
        Table(html, "campus-table", ["Scope", "Campus", "Postings", "Share"],
        [
            ["All roles", N(c.Campus), N(c.Postings), ReportFormat.Percent(c.Share)],
            ["Engineering roles", N(c.EngineeringCampus), N(c.EngineeringPostings), ReportFormat.Percent(c.EngineeringShare)],
        ]);
        html.Append("</section>");
    }

    private static void Table(StringBuilder html, string id, IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        html.Append(CultureInfo.InvariantCulture, $"<table id=\"{id}\"><thead><tr>");
        foreach (var h in header)
        {
            html.Append("<th>").Append(E(h)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(E(cell)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
    }

    /// <summary>The postings behind a ✓ as numbered links (http(s) only, encoded; the page opens them without referrer).</summary>
    private static string Examples(AreaCell cell) => string.Concat(cell.Examples
        .Select((e, i) => (Url: ReportFormat.SafeUrl(e.Url), e.Title, N: i + 1))
        .Where(l => l.Url is not null)
        .Select(l => $" <a href=\"{E(l.Url!)}\" title=\"{E(l.Title)}\" rel=\"noreferrer noopener\">{l.N}</a>"));

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
