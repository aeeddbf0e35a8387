using System.Text.RegularExpressions;

namespace Crawler.Analysis;

/// <summary>The words <see cref="CampusClassifier"/> reads: the <c>campus</c> group of <c>Analysis/word-lists.json</c>.</summary>
/// <param name="Headline">Any campus word, for the title, the recruit-type word and the category (校招, 应届, 实习, 届, intern, new grad, campus).</param>
/// <param name="Body">Only the unambiguous new-graduate words, for the description and requirement (应届, 2027届, 校招, new grad).</param>
internal sealed record CampusWords(Regex Headline, Regex Body)
{
    public static CampusWords Instance { get; } =
        PatternTable.Read<CampusWords>(WordLists.Resource, "campus", WordLists.Options);
}
