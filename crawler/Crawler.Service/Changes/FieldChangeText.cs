using System.Text;
using Crawler.Model;
using Crawler.Storage;

namespace Crawler.Changes;

/// <summary>
/// One line per changed field for people (alerts, <c>history</c>): <c>requirement: −3年以上 +5年以上</c>.
/// Long values and long diffs are cut so a chat message stays readable; the event keeps them whole.
/// </summary>
public static class FieldChangeText
{
    /// <summary>Characters kept of one value or diff line.</summary>
    public const int MaxPiece = 120;

    /// <summary>Diff lines shown per field before "…".</summary>
    public const int MaxDiffLines = 6;

    public static string Line(FieldChange change)
    {
        var text = new StringBuilder(change.Field).Append(':');
        if (change.Diff.Count > 0)
        {
            foreach (var line in change.Diff.Take(MaxDiffLines))
            {
                text.Append(' ').Append(line[0] == '-' ? '−' : '+').Append(Cut(line[1..]));
            }

            if (change.Diff.Count > MaxDiffLines) text.Append(" …");
            return text.ToString();
        }

        if (change.Old.Length > 0) text.Append(" −").Append(Cut(OneLine(change.Old)));
        if (change.New.Length > 0) text.Append(" +").Append(Cut(OneLine(change.New)));
        return text.ToString();
    }

    public static IReadOnlyList<string> Lines(IEnumerable<FieldChange> changes) => [.. changes.Select(Line)];

    private static string OneLine(string text) => text.Replace('\n', ' ');

    private static string Cut(string text) => text.Length <= MaxPiece ? text : text[..(MaxPiece - 1)] + "…";
}
