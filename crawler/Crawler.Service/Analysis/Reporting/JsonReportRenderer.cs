using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Crawler.Analysis.Reporting;

/// <summary>
/// Renders the <see cref="StudyReport"/> as JSON with stable camelCase field names (the record property
/// names), shares as fractions 0–1, null for "no data". Chinese stays readable; HTML-significant characters
/// stay escaped, so the output is safe to embed.
/// </summary>
public sealed class JsonReportRenderer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The report as indented JSON.</summary>
    public string Render(StudyReport report) => JsonSerializer.Serialize(report, Options);
}
