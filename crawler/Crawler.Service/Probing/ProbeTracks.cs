using System.Text.RegularExpressions;
using Crawler.Portals.Declarative;

namespace Crawler.Probing;

/// <summary>Maps the recruit-type words a portal uses (校招, Internship, 社招, …) to the crawler's tracks.</summary>
internal static partial class ProbeTracks
{
    public static IEnumerable<(string Key, string Words)> Map(IReadOnlyList<string> values)
    {
        (string Key, Regex Pattern)[] tracks =
        [
            (DeclarativeKeys.TrackIntern, Intern()),
            (DeclarativeKeys.TrackCampus, Campus()),
            (DeclarativeKeys.TrackExperienced, Experienced()),
        ];
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, pattern) in tracks)
        {
            var words = values.Where(v => !v.Contains(',', StringComparison.Ordinal) && pattern.IsMatch(v) && taken.Add(v)).ToList();
            if (words.Count > 0) yield return (key, string.Join(",", words));
        }
    }

    [GeneratedRegex("实习|intern", RegexOptions.IgnoreCase)]
    private static partial Regex Intern();

    [GeneratedRegex("校招|校园|应届|毕业生|campus|graduate|new grad", RegexOptions.IgnoreCase)]
    private static partial Regex Campus();

    [GeneratedRegex("社招|社会|全职|full[- ]?time|experienced|social|professional", RegexOptions.IgnoreCase)]
    private static partial Regex Experienced();
}
