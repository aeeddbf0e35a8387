using System.Globalization;

namespace Crawler.Analysis;

/// <summary>Reads the small numbers job postings use for years: 3, 2.5, 三, 两, 十五, 半, three.</summary>
internal static class NumberWords
{
    private static readonly Dictionary<char, int> ChineseDigits = new()
    {
        ['零'] = 0, ['〇'] = 0, ['一'] = 1, ['二'] = 2, ['两'] = 2, ['三'] = 3, ['四'] = 4,
        ['五'] = 5, ['六'] = 6, ['七'] = 7, ['八'] = 8, ['九'] = 9,
    };

    private static readonly Dictionary<string, int> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20,
    };

    /// <summary>
    /// Folds full-width digits, Latin letters, '＋' and '．' (３年以上, ＣＥＴ－６) and the ideographic space to
    /// their ASCII forms, one character for one; Chinese punctuation is left as it is.
    /// </summary>
    public static string FoldWidth(string text)
    {
        if (!text.Any(NeedsFolding))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c == '\u3000' ? ' ' : NeedsFolding(c) ? (char)(c - 0xFEE0) : c;
            }
        });
    }

    private static bool NeedsFolding(char c) =>
        c is (>= '０' and <= '９') or (>= 'Ａ' and <= 'Ｚ') or (>= 'ａ' and <= 'ｚ') or '＋' or '．' || c == '\u3000';

    /// <summary>Parses digits, Chinese numerals up to 99 and English number words; null when not a number.</summary>
    public static double? Parse(string token)
    {
        token = token.Trim();
        if (token.Length == 0)
        {
            return null;
        }

        if (double.TryParse(token, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        if (token == "半")
        {
            return 0.5;
        }

        if (EnglishWords.TryGetValue(token, out var word))
        {
            return word;
        }

        return ParseChinese(token);
    }

    private static double? ParseChinese(string token)
    {
        var tenAt = token.IndexOf('十', StringComparison.Ordinal);
        if (tenAt < 0)
        {
            return token.Length == 1 && ChineseDigits.TryGetValue(token[0], out var single) ? single : null;
        }

        var tensText = token[..tenAt];
        var unitsText = token[(tenAt + 1)..];
        int tens = 1;
        if (tensText.Length == 1 && !ChineseDigits.TryGetValue(tensText[0], out tens))
        {
            return null;
        }

        if (tensText.Length > 1)
        {
            return null;
        }

        int units = 0;
        if (unitsText.Length == 1 && !ChineseDigits.TryGetValue(unitsText[0], out units))
        {
            return null;
        }

        return unitsText.Length > 1 ? null : (tens * 10) + units;
    }
}
