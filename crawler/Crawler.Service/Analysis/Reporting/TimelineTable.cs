namespace Crawler.Analysis.Reporting;

/// <summary>
/// The report over time as the Markdown and HTML renderers both print it: the firm columns (the last week's
/// order), a row per week, and the open postings per firm as chart series.
/// </summary>
internal sealed record TimelineTable(IReadOnlyList<string> Firms, IReadOnlyList<TimelineRow> Rows)
{
    /// <summary>The table of <paramref name="report"/>'s weeks; null when it covers none.</summary>
    public static TimelineTable? Of(StudyReport report) => report.Weeks.Count == 0
        ? null
        : new([.. report.Weeks[^1].Firms.Select(f => f.Firm)], [.. report.Weeks.Select(TimelineRow.Of)]);

    /// <summary>The columns of the weekly table: the week, each firm, the total, and what first crawls found.</summary>
    public IReadOnlyList<string> Columns => ["Week", .. Firms, "Total", "First crawl"];

    /// <summary>Each firm's open postings, one value per week.</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<int> Values)> OpenSeries =>
        [.. Firms.Select((firm, i) => (firm, (IReadOnlyList<int>)[.. Rows.Select(r => r.Firms[i].Open)]))];
}
