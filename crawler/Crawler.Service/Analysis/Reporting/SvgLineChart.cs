using System.Globalization;

namespace Crawler.Analysis.Reporting;

/// <summary>
/// A multi-series line chart as inline SVG (no script): one line per series over shared x labels, a legend, and a
/// title per point for its value. Labels are HTML-encoded: firm names come from portals.
/// </summary>
internal static class SvgLineChart
{
    // The y labels take the left margin, the legend the right one, the x labels the bottom.
    private static readonly ChartFrame Frame = new(ChartFrame.PageWidth, 260, Left: 48, Right: 150, Top: 12, Bottom: 36);
    private static readonly string[] Colours = ["#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2", "#ff9da6", "#9d755d"];

    public static string Render(string id, string caption, IReadOnlyList<string> xLabels, IReadOnlyList<(string Name, IReadOnlyList<int> Values)> series)
    {
        var (left, top, plotW, plotH) = (Frame.Left, Frame.Top, Frame.PlotWidth, Frame.PlotHeight);
        var max = Math.Max(1, series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        double X(int i) => left + (xLabels.Count <= 1 ? plotW / 2.0 : i * plotW / (double)(xLabels.Count - 1));
        double Y(int v) => top + plotH - (v / (double)max * plotH);
        return Frame.Render(id, caption, svg =>
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{top + plotH}\" x2=\"{left + plotW}\" y2=\"{top + plotH}\" stroke=\"#9aa3b2\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{left - 6}\" y=\"{top + 10}\" text-anchor=\"end\">{max}</text><text class=\"value\" x=\"{left - 6}\" y=\"{top + plotH}\" text-anchor=\"end\">0</text>");
            for (var i = 0; i < xLabels.Count; i++)
            {
                if (xLabels.Count > 8 && i % ((xLabels.Count + 7) / 8) != 0 && i != xLabels.Count - 1) continue;
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{X(i):0.#}\" y=\"{Frame.Height - 14}\" text-anchor=\"middle\">{SvgMarkup.Encode(xLabels[i][5..])}</text>");
            }

            var legendX = Frame.Width - Frame.Right;
            for (var s = 0; s < series.Count; s++)
            {
                var (name, values) = series[s];
                var colour = Colours[s % Colours.Length];
                var points = string.Join(' ', values.Select((v, i) => string.Create(CultureInfo.InvariantCulture, $"{X(i):0.#},{Y(v):0.#}")));
                svg.Append(CultureInfo.InvariantCulture, $"<g class=\"series\"><polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{points}\"/>");
                for (var i = 0; i < values.Count; i++)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(i):0.#}\" cy=\"{Y(values[i]):0.#}\" r=\"3\" fill=\"{colour}\"><title>{SvgMarkup.Encode(name)} {SvgMarkup.Encode(xLabels[i])}: {values[i]}</title></circle>");
                }

                var label = SvgMarkup.Shorten(name, 18);
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{legendX + 12}\" y=\"{top + (s * 18)}\" width=\"10\" height=\"10\" fill=\"{colour}\"/><text class=\"label\" x=\"{legendX + 28}\" y=\"{top + (s * 18) + 9}\">{SvgMarkup.Encode(label)}</text></g>");
            }
        });
    }
}
