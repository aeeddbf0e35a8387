using System.Globalization;
using System.Net;

namespace Crawler.Analysis.Reporting;

/// <summary>What every inline SVG chart writes alike: the root element with its accessible title, encoded and shortened labels.</summary>
internal static class SvgMarkup
{
    /// <summary>The opening <c>&lt;svg&gt;</c> of a chart, labelled and titled by <paramref name="caption"/>.</summary>
    public static string Open(string id, string caption, int width, int height) => string.Create(CultureInfo.InvariantCulture,
        $"<svg id=\"{Encode(id)}\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" aria-label=\"{Encode(caption)}\"><title>{Encode(caption)}</title>");

    /// <summary>A label of at most <paramref name="maxChars"/> characters, cut with "…".</summary>
    public static string Shorten(string label, int maxChars) => label.Length > maxChars ? label[..(maxChars - 1)] + "…" : label;

    /// <summary>Portal text (firm and city names) is hostile input: every label is HTML-encoded.</summary>
    public static string Encode(string text) => WebUtility.HtmlEncode(text);
}
