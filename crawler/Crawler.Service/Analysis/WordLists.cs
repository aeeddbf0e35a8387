using System.Text.RegularExpressions;

namespace Crawler.Analysis;

/// <summary>Where the classifiers' word lists live (<c>Analysis/word-lists.json</c>, embedded) and how they match.</summary>
internal static class WordLists
{
    public const string Resource = "Crawler.Analysis.word-lists.json";

    public const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
}
