using System.Text;

namespace Crawler.Analysis.Reporting;

/// <summary>
/// Where an inline SVG chart draws: its size, the margins its labels and values take, and the plot area between
/// them. Every chart is <see cref="PageWidth"/> wide, the page's column; <see cref="Render"/> writes the frame
/// around what the chart draws.
/// </summary>
internal sealed record ChartFrame(int Width, int Height, int Left, int Right, int Top, int Bottom)
{
    /// <summary>The width of every chart on the page.</summary>
    public const int PageWidth = 680;

    public int PlotWidth => Width - Left - Right;

    public int PlotHeight => Height - Top - Bottom;

    /// <summary>The chart's markup: the labelled root element, what <paramref name="draw"/> writes, the closing tag.</summary>
    public string Render(string id, string caption, Action<StringBuilder> draw)
    {
        var svg = new StringBuilder();
        svg.Append(SvgMarkup.Open(id, caption, Width, Height));
        draw(svg);
        return svg.Append("</svg>").ToString();
    }
}
