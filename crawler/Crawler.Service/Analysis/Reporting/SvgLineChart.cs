using System.Globalization;
using System.Text;

namespace Crawler.Analysis.Reporting;

/// <summary>
/// A multi-series line chart as inline SVG (no script): one line per series over shared x labels, a legend, and a
/// title per point for its value. Labels are HTML-encoded: firm names come from portals.
/// </summary>
internal static class SvgLineChart
{
    private const int Width = 680;
    private const int Height = 260;
    private const int Left = 48;
    private const int Right = 150;
    private const int Top = 12;
    private const int Bottom = 36;
    private static readonly string[] Colours = ["#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2", "#ff9da6", "#9d755d"];

    public static string Render(string id, string caption, IReadOnlyList<string> xLabels, IReadOnlyList<(string Name, IReadOnlyList<int> Values)> series)
    {
        var plotW = Width - Left - Right;
        var plotH = Height - Top - Bottom;
        var max = Math.Max(1, series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        double X(int i) => Left + (xLabels.Count <= 1 ? plotW / 2.0 : i * plotW / (double)(xLabels.Count - 1));
        double Y(int v) => Top + plotH - (v / (double)max * plotH);
        var svg = new StringBuilder();
        svg.Append(SvgMarkup.Open(id, caption, Width, Height));
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top + plotH}\" x2=\"{Left + plotW}\" y2=\"{Top + plotH}\" stroke=\"#9aa3b2\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{Left - 6}\" y=\"{Top + 10}\" text-anchor=\"end\">{max}</text><text class=\"value\" x=\"{Left - 6}\" y=\"{Top + plotH}\" text-anchor=\"end\">0</text>");
        for (var i = 0; i < xLabels.Count; i++)
        {
            if (xLabels.Count > 8 && i % ((xLabels.Count + 7) / 8) != 0 && i != xLabels.Count - 1) continue;
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{X(i):0.#}\" y=\"{Height - 14}\" text-anchor=\"middle\">{SvgMarkup.Encode(xLabels[i][5..])}</text>");
        }

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
                $"<rect x=\"{Width - Right + 12}\" y=\"{Top + (s * 18)}\" width=\"10\" height=\"10\" fill=\"{colour}\"/><text class=\"label\" x=\"{Width - Right + 28}\" y=\"{Top + (s * 18) + 9}\">{SvgMarkup.Encode(label)}</text></g>");
        }

        return svg.Append("</svg>").ToString();
    }
}
