using System.Globalization;
using System.Text;

namespace Crawler.Analysis.Reporting;

/// <summary>Renders the <see cref="StudyReport"/> as Markdown tables (GitHub-flavoured).</summary>
public sealed class MarkdownReportRenderer
{
    /// <summary>The report as Markdown; posting-derived text is escaped so it cannot break a table or inject HTML.</summary>
    public string Render(StudyReport report)
    {
        var md = new StringBuilder();
        Line(md, $"# Study report: {report.TotalPostings} postings, {report.Firms.Count} firms");
        Line(md, $"As of: {ReportFormat.AsOf(report)} · rules version {report.RulesVersion}");
        Line(md);

        Line(md, "## Postings per firm");
        Table(md, ["Firm", "Postings"], report.PostingsByFirm.Select(f => new[] { f.Firm, Int(f.Postings) }));

        Line(md, $"## Research areas (✓ = at least {report.AreaThreshold} posting{(report.AreaThreshold == 1 ? "" : "s")})");
        Table(md,
            ["Area", .. report.Firms, "Total"],
            report.Areas.Select(a => new[] { a.Name }
                .Concat(a.Cells.Select(c => $"{ReportFormat.Mark(c.Present)} {Int(c.Count)}{Examples(c)}"))
                .Append(Int(a.Total))
                .ToArray()));

        Line(md, "## Go-to-market roles");
        Table(md,
            ["Firm", "B2B sales", "Marketing", "Other GTM", "Not GTM", "Sales share of sales+marketing"],
            report.GoToMarket.Select(g => new[]
            {
                g.Firm, Int(g.B2BSales), Int(g.Marketing), Int(g.OtherGtm), Int(g.None), ReportFormat.Percent(g.SalesShare),
            }));

        var cities = report.Cities;
        Line(md, "## Cities (a posting in N cities adds 1/N to each)");
        Line(md, $"Postings with a city: {Int(cities.PostingsWithCity)} (without: {Int(cities.PostingsWithoutCity)}). "
            + $"Beijing + Hangzhou + Shanghai: {ReportFormat.Percent(cities.BeijingHangzhouShanghaiShare)}. "
            + $"Postings listing Beijing: {ReportFormat.Percent(cities.BeijingListedShare)}.");
        Line(md);
        Table(md, ["City", "Weight", "Share"],
            cities.Cities.Select(c => new[] { c.City, ReportFormat.Number(c.Weight), ReportFormat.Percent(c.Share) }));

        Line(md, "## Mean minimum years of experience");
        Line(md, "Study rule: campus postings count as 0; postings with neither a stated requirement nor campus status are excluded. "
            + "Explicit: only postings whose text states a figure.");
        Line(md);
        Table(md, ["Firm", "Study mean", "n", "Explicit mean", "n"],
            report.Experience.Select(e => new[]
            {
                e.Firm, ReportFormat.Number(e.StudyMean), Int(e.StudyN), ReportFormat.Number(e.ExplicitMean), Int(e.ExplicitN),
            }));

        var campus = report.Campus;
        Line(md, "## Campus share");
        Table(md, ["Scope", "Campus", "Postings", "Share"],
        [
            ["All roles", Int(campus.Campus), Int(campus.Postings), ReportFormat.Percent(campus.Share)],
            ["Engineering roles", Int(campus.EngineeringCampus), Int(campus.EngineeringPostings), ReportFormat.Percent(campus.EngineeringShare)],
        ]);
        MarkdownTimelineSection.Render(md, report);
        return md.ToString();
    }

    /// <summary>" ([1](url), [2](url))": the postings behind a ✓, as the study's appendix cites them.</summary>
    private static string Examples(AreaCell cell)
    {
        var links = cell.Examples.Select((e, i) => (Url: ReportFormat.SafeUrl(e.Url), N: i + 1)).Where(l => l.Url is not null).Select(l => $"[{l.N}]({l.Url})").ToList();
        return links.Count == 0 ? "" : $" ({string.Join(", ", links)})";
    }

    internal static void Table(StringBuilder md, IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        Line(md, "| " + string.Join(" | ", header.Select(Cell)) + " |");
        Line(md, "|" + string.Concat(header.Select((_, i) => i == 0 ? " --- |" : " ---: |")));
        foreach (var row in rows)
        {
            Line(md, "| " + string.Join(" | ", row.Select(Cell)) + " |");
        }

        Line(md);
    }

    /// <summary>Pipes, line breaks and HTML in firm or city names must not escape their cell.</summary>
    internal static string Cell(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("\r", " ", StringComparison.Ordinal)
        .Replace("\n", " ", StringComparison.Ordinal);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    internal static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
