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

    /// <summary>An absolute http(s) URL, parentheses percent-encoded so it can stand in a Markdown link; null otherwise (no <c>javascript:</c>).</summary>
    public static string? SafeUrl(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)
            : null;

    /// <summary>A week's label: its Monday, yyyy-MM-dd.</summary>
    public static string Week(DateOnly monday) =>
        string.Create(CultureInfo.InvariantCulture, $"{monday:yyyy-MM-dd}");

    public static string AsOf(StudyReport report) =>
        report.AsOf is { } asOf ? asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "current (active postings)";
}
