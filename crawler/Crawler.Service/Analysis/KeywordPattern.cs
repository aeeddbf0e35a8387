using System.Text;
using System.Text.RegularExpressions;

namespace Crawler.Analysis;

/// <summary>Turns one rules-file keyword into a regular expression fragment (syntax in area-rules.json).</summary>
internal static class KeywordPattern
{
    /// <summary>
    /// A Latin letter or digit at either end of the keyword must not touch another Latin letter or digit,
    /// so short English words match as words ("AI" not in "said", "TTS" in "TTS模型"); CJK needs no boundary.
    /// </summary>
    public static string ToRegex(string keyword)
    {
        var open = !keyword.EndsWith('*');
        var word = keyword.Trim().TrimEnd('*').Trim();
        var body = new StringBuilder();
        foreach (var piece in word.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (body.Length > 0)
            {
                body.Append(@"[\s_-]*");
            }

            body.Append(Regex.Escape(piece));
        }

        var left = IsLatin(word[0]) ? "(?<![A-Za-z0-9])" : "";
        var right = open && IsLatin(word[^1]) ? "(?![A-Za-z0-9])" : "";
        return left + body + right;
    }

    private static bool IsLatin(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9');
}
