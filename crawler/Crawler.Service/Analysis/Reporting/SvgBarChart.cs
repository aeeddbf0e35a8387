using System.Globalization;
using System.Text;

namespace Crawler.Analysis.Reporting;

/// <summary>
/// A horizontal bar chart as inline SVG markup, drawn in C# so the page needs no script. Every label is
/// HTML-encoded: firm and city names come from portals and are hostile input.
/// </summary>
internal static class SvgBarChart
{
    private const int Width = 680;
    private const int LabelWidth = 170;
    private const int ValueWidth = 140;
    private const int BarHeight = 22;
    private const int Gap = 8;
    private const int MaxLabelChars = 22;

    public static string Render(string id, string caption, IReadOnlyList<BarDatum> bars)
    {
        var plotWidth = Width - LabelWidth - ValueWidth;
        var max = bars.Count == 0 ? 0 : bars.Max(b => b.Value);
        var height = Math.Max(1, bars.Count) * (BarHeight + Gap) + Gap;
        var svg = new StringBuilder();
        svg.Append(SvgMarkup.Open(id, caption, Width, height));
        if (bars.Count == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"empty\" x=\"{LabelWidth}\" y=\"{BarHeight}\">no data</text>");
        }

        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Gap + (i * (BarHeight + Gap));
            var width = max <= 0 ? 0 : Math.Max(1, bar.Value / max * plotWidth);
            var textY = y + (BarHeight / 2) + 5;
            var label = SvgMarkup.Shorten(bar.Label, MaxLabelChars);
            svg.Append("<g class=\"bar-row\">");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"label\" x=\"{LabelWidth - 8}\" y=\"{textY}\" text-anchor=\"end\">{SvgMarkup.Encode(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"bar{(bar.Highlight ? " highlight" : "")}\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{width:0.##}\" height=\"{BarHeight}\" rx=\"3\">");
            svg.Append(CultureInfo.InvariantCulture, $"<title>{SvgMarkup.Encode(bar.Label)}: {SvgMarkup.Encode(bar.ValueText)}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"value\" x=\"{LabelWidth + width + 6:0.##}\" y=\"{textY}\">{SvgMarkup.Encode(bar.ValueText)}</text>");
            svg.Append("</g>");
        }

        return svg.Append("</svg>").ToString();
    }
}
