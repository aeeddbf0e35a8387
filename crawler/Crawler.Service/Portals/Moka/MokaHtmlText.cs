using System.Net;
using System.Text.RegularExpressions;

namespace Crawler.Portals.Moka;

/// <summary>
/// Moka's <c>jobDescription</c> is HTML from a rich-text editor. Its plain text: paragraphs and
/// <c>&lt;br&gt;</c> become line breaks, scripts and styles go with their content, other tags go, entities are decoded once, at most one blank line
/// in a row is kept. An editor's empty output (<c>&lt;p&gt;&lt;br&gt;&lt;/p&gt;</c>) is no description (null).
/// </summary>
public static partial class MokaHtmlText
{
    public static string? ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return null;
        var text = ScriptOrStyle().Replace(html, "");
        text = LineBreak().Replace(text, "\n");
        text = ParagraphEnd().Replace(text, "\n");
        text = Tag().Replace(text, "");
        // Decode after stripping: an escaped "&lt;script&gt;" is text and must stay text.
        text = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ').Replace("\r\n", "\n", StringComparison.Ordinal);
        text = string.Join('\n', text.Split('\n').Select(l => l.TrimEnd()));
        text = BlankLines().Replace(text, "\n\n").Trim('\n');
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    // Markup that is code, not text: dropped with its content.
    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"</(p|div|li|h[1-6])\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphEnd();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();
}
