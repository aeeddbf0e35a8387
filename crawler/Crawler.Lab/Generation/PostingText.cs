namespace Crawler.Lab.Generation;

/// <summary>Numbers lines the way the portals do (<c>1、</c> in Chinese, <c>1. </c> in English) and joins them with <c>\n</c>.</summary>
internal static class PostingText
{
    public static string Numbered(IReadOnlyList<string> lines, TextLanguage language)
    {
        var numbered = lines.Select((line, i) => language == TextLanguage.English ? $"{i + 1}. {line}" : $"{i + 1}、{line}");
        return string.Join('\n', numbered);
    }
}
