using System.Globalization;

namespace Crawler.Analysis.Reporting;

/// <summary>Number formats shared by the renderers (invariant culture, "—" for no data).</summary>
internal static class ReportFormat
{
    public const string NoData = "—";
    public const string Check = "✓";

    public static string Percent(double? share) =>
        share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : NoData;

    public static string Number(double? value, string format = "0.00") =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : NoData;

    public static string Mark(bool present) => present ? Check : NoData;

    public static string AsOf(StudyReport report) =>
        report.AsOf is { } asOf ? asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "current (active postings)";
}
