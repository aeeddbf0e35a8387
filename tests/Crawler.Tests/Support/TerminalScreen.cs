using System.Text;

namespace Crawler.Tests.Support;

/// <summary>
/// What a terminal shows for the bytes written to it, for the few controls the crawler uses: '\r' (column 0),
/// ESC[2K (erase the line), '\n' (next line); text overwrites from the cursor, lines longer than the width wrap.
/// </summary>
public static class TerminalScreen
{
    public static IReadOnlyList<string> Render(string written, int width)
    {
        var lines = new List<StringBuilder> { new() };
        var column = 0;
        for (var i = 0; i < written.Length; i++)
        {
            var c = written[i];
            var line = lines[^1];
            if (c == '\r') column = 0;
            else if (c == '\n')
            {
                lines.Add(new StringBuilder());
                column = 0;
            }
            else if (c == '\u001b' && written.AsSpan(i).StartsWith("\u001b[2K"))
            {
                line.Clear();
                i += 3;
            }
            else
            {
                if (column == width)
                {
                    lines.Add(new StringBuilder());
                    line = lines[^1];
                    column = 0;
                }

                if (column < line.Length) line[column] = c;
                else line.Append(' ', column - line.Length).Append(c);
                column++;
            }
        }

        return [.. lines.Select(l => l.ToString().TrimEnd())];
    }
}
