using System.Globalization;

namespace Crawler.Analysis.Reporting;

/// <summary>
/// A horizontal bar chart as inline SVG markup, drawn in C# so the page needs no script. Every label is
/// HTML-encoded: firm and city names come from portals and are hostile input.
/// </summary>
internal static class SvgBarChart
{
    private const int BarHeight = 22;
    private const int Gap = 8;
    private const int MaxLabelChars = 22;

    public static string Render(string id, string caption, IReadOnlyList<BarDatum> bars)
    {
        // Labels take the left margin, value texts the right one; one row per bar.
        var frame = new ChartFrame(ChartFrame.PageWidth, (Math.Max(1, bars.Count) * (BarHeight + Gap)) + Gap, Left: 170, Right: 140, Top: Gap, Bottom: 0);
        var max = bars.Count == 0 ? 0 : bars.Max(b => b.Value);
        return frame.Render(id, caption, svg =>
        {
            if (bars.Count == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"empty\" x=\"{frame.Left}\" y=\"{BarHeight}\">no data</text>");
            }

            for (var i = 0; i < bars.Count; i++)
            {
                var bar = bars[i];
                var y = frame.Top + (i * (BarHeight + Gap));
                var width = max <= 0 ? 0 : Math.Max(1, bar.Value / max * frame.PlotWidth);
                var textY = y + (BarHeight / 2) + 5;
                var label = SvgMarkup.Shorten(bar.Label, MaxLabelChars);
                svg.Append("<g class=\"bar-row\">");
                svg.Append(CultureInfo.InvariantCulture,
                    $"<text class=\"label\" x=\"{frame.Left - 8}\" y=\"{textY}\" text-anchor=\"end\">{SvgMarkup.Encode(label)}</text>");
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect class=\"bar{(bar.Highlight ? " highlight" : "")}\" x=\"{frame.Left}\" y=\"{y}\" width=\"{width:0.##}\" height=\"{BarHeight}\" rx=\"3\">");
                svg.Append(CultureInfo.InvariantCulture, $"<title>{SvgMarkup.Encode(bar.Label)}: {SvgMarkup.Encode(bar.ValueText)}</title></rect>");
                svg.Append(CultureInfo.InvariantCulture,
                    $"<text class=\"value\" x=\"{frame.Left + width + 6:0.##}\" y=\"{textY}\">{SvgMarkup.Encode(bar.ValueText)}</text>");
                svg.Append("</g>");
            }
        });
    }
}
