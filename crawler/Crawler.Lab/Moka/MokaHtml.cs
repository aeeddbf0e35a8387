using System.Net;

namespace Crawler.Lab.Moka;

/// <summary>
/// Writes plain text as Moka's rich-text HTML: one <c>&lt;p&gt;</c> per line, an empty line as
/// <c>&lt;p&gt;&lt;br&gt;&lt;/p&gt;</c>, and in some jobs a section's lines joined by <c>&lt;br&gt;</c> inside one paragraph.
/// Text is HTML-escaped, so hostile fragments stay text.
/// </summary>
internal static class MokaHtml
{
    /// <summary>An empty rich-text editor's output: a description with no text.</summary>
    public const string EmptyParagraph = "<p><br></p>";

    public static string FromText(string text, bool breaksInsideParagraphs)
    {
        var sections = text.Split("\n\n");
        var html = sections.Select(section =>
        {
            var lines = section.Split('\n').Select(l => WebUtility.HtmlEncode(l));
            return breaksInsideParagraphs
                ? "<p>" + string.Join("<br>", lines) + "</p>"
                : string.Concat(lines.Select(l => "<p>" + l + "</p>"));
        });
        return string.Join(EmptyParagraph, html);
    }
}
