using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crawler.Lab.Hosting;

/// <summary>How every lab host writes JSON.</summary>
internal static class LabJson
{
    /// <summary>Text goes out verbatim: no <c>\u003C</c> escapes, so hostile markup is plainly visible as data.</summary>
    public static JsonSerializerOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(JsonNode node) => node.ToJsonString(Options);

    /// <summary>JSON to place inside a <c>&lt;script&gt;</c> element: <c>&lt;/</c> cannot close it early.</summary>
    public static string ForScript(JsonNode node) => Write(node).Replace("</", "<\\/", StringComparison.Ordinal);
}
