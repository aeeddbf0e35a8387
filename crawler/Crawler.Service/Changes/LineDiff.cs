namespace Crawler.Changes;

/// <summary>
/// A compact line diff: the lines removed (<c>-</c>) and added (<c>+</c>) between two texts, in order, found
/// through the longest common subsequence of lines. Written here rather than taken from a library because it
/// is forty lines and postings are short; the common head and tail are trimmed first, and a middle too large
/// for the quadratic table is reported as replaced whole.
/// </summary>
public static class LineDiff
{
    /// <summary>Past this many cells (lines before × lines after, after trimming) the middle is replaced whole.</summary>
    public const int MaxCells = 1_000_000;

    public static IReadOnlyList<string> Compute(string before, string after)
    {
        var a = Lines(before);
        var b = Lines(after);
        int start = 0, endA = a.Length, endB = b.Length;
        while (start < endA && start < endB && a[start] == b[start]) start++;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1]) { endA--; endB--; }
        int n = endA - start, m = endB - start;
        var result = new List<string>();
        if ((long)n * m > MaxCells)
        {
            result.AddRange(a[start..endA].Select(l => "-" + l));
            result.AddRange(b[start..endB].Select(l => "+" + l));
            return result;
        }

        // lcs[i, j] = length of the LCS of a[start+i..endA) and b[start+j..endB).
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
            for (var j = m - 1; j >= 0; j--)
                lcs[i, j] = a[start + i] == b[start + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        // Walk the table; within one run of edits, removals are listed before additions ("-old +new").
        var removed = new List<string>();
        var added = new List<string>();
        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[start + x] == b[start + y])
            {
                Flush(result, removed, added);
                x++;
                y++;
            }
            else if (y < m && (x == n || lcs[x, y + 1] >= lcs[x + 1, y])) added.Add("+" + b[start + y++]);
            else removed.Add("-" + a[start + x++]);
        }

        Flush(result, removed, added);
        return result;
    }

    private static void Flush(List<string> result, List<string> removed, List<string> added)
    {
        result.AddRange(removed);
        result.AddRange(added);
        removed.Clear();
        added.Clear();
    }

    private static string[] Lines(string text) => text.Length == 0 ? [] : text.Split('\n');
}
