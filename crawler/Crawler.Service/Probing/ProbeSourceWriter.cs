using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Crawler.Probing;

/// <summary>Writes a probe's proposal as a sources file (<c>{"Sources": [ … ]}</c>) that <c>sources validate</c> and <c>crawl</c> accept as written.</summary>
public static partial class ProbeSourceWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(ProbeReport report)
    {
        if (report.Settings is null) throw new InvalidOperationException("The probe has no proposal to write.");
        var source = new JsonObject
        {
            ["id"] = IdFor(report.EntryUrl),
            ["company"] = report.EntryUrl.Host,
            ["platform"] = report.Platform,
            ["entryUrl"] = report.EntryUrl.ToString(),
            ["interval"] = "1.00:00:00",
        };
        if (report.Settings.Count > 0)
            source["settings"] = new JsonObject([.. report.Settings.OrderBy(s => Order(s.Key)).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => KeyValuePair.Create(s.Key, (JsonNode?)s.Value))]);
        return new JsonObject { ["Sources"] = new JsonArray(source) }.ToJsonString(Indented);
    }

    /// <summary>A source id from host and path: <c>careers-example-com-jobs</c>.</summary>
    public static string IdFor(Uri url)
    {
        var id = NotAllowed().Replace((url.Host + url.AbsolutePath).ToLowerInvariant(), "-").Trim('-');
        return id.Length == 0 ? "probed" : id;
    }

    private static int Order(string key) => key switch
    {
        "mode" => 0,
        _ when key.StartsWith("api.", StringComparison.Ordinal) => 1,
        _ when key.StartsWith("dom.", StringComparison.Ordinal) => 2,
        _ when key.StartsWith("track.", StringComparison.Ordinal) => 3,
        _ when key.StartsWith("next.", StringComparison.Ordinal) => 4,
        _ when key.StartsWith("detail.", StringComparison.Ordinal) => 5,
        _ => 6,
    };

    [GeneratedRegex("[^a-z0-9_.]+")]
    private static partial Regex NotAllowed();
}
