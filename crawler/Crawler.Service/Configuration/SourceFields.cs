using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace Crawler.Configuration;

/// <summary>
/// The fields a source may have (the properties of <see cref="SourceConfig"/>): a misspelt one such as
/// <c>intreval</c> is an error naming the closest known field, not a silently ignored key.
/// </summary>
public static class SourceFields
{
    /// <summary>Field names as written in the docs (camel case); matching ignores case like the binder does.</summary>
    public static readonly IReadOnlyList<string> Known = [.. typeof(SourceConfig).GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..])];

    /// <summary>Adds a problem for each key of <paramref name="entry"/> that is not a known field.</summary>
    public static void CheckKnown(IConfigurationSection entry, string label, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var child in entry.GetChildren())
        {
            if (Known.Contains(child.Key, StringComparer.OrdinalIgnoreCase)) continue;
            var closest = Known.MinBy(k => Distance(k.ToLowerInvariant(), child.Key.ToLowerInvariant()))!;
            var hint = Distance(closest.ToLowerInvariant(), child.Key.ToLowerInvariant()) <= 3 ? $"; did you mean '{closest}'?" : $"; known fields: {string.Join(", ", Known)}";
            problems.Add($"{label}: field '{child.Key}' is not a source field{hint}");
        }
    }

    /// <summary>Levenshtein distance: how many single-letter edits turn one name into the other.</summary>
    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var previous = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var current = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }

        return row[b.Length];
    }
}
