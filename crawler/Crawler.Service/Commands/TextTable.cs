namespace Crawler.Commands;

/// <summary>A plain-text table whose columns are as wide as their widest cell, so no value pushes its neighbours out of line.</summary>
public static class TextTable
{
    /// <summary>The rows (the first is the header), columns two spaces apart; columns in <paramref name="rightAligned"/> are right-aligned.</summary>
    public static IReadOnlyList<string> Format(IReadOnlyList<string[]> rows, params int[] rightAligned)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0) return [];
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        return [.. rows.Select(r => string.Join("  ", r.Select((cell, c) => rightAligned.Contains(c) ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]))).TrimEnd())];
    }
}
