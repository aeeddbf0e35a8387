using System.Globalization;
using Crawler.Model;
using Crawler.Storage;

namespace Crawler.Changes;

/// <summary>
/// What changed between two states of a posting, field by field: the same fields and normalisation as the
/// business hash (<see cref="ContentHasher.BusinessFields(PostingFields)"/>), so a field is listed exactly
/// when it made the posting "changed".
/// </summary>
public static class FieldChanges
{
    /// <summary>Fields long enough that a line diff says more than the two whole values.</summary>
    public static readonly IReadOnlySet<string> LongText = new HashSet<string>(["description", "requirement"], StringComparer.Ordinal);

    public static IReadOnlyList<FieldChange> Between(ObservedPosting before, ObservedPosting after) =>
        Between(PostingFields.From(before), PostingFields.From(after));

    public static IReadOnlyList<FieldChange> Between(PostingFields before, PostingFields after)
    {
        var old = ContentHasher.BusinessFields(before);
        var now = ContentHasher.BusinessFields(after);
        var changes = new List<FieldChange>();
        foreach (var (o, n) in old.Zip(now))
        {
            if (o.Value == n.Value) continue;
            changes.Add(new FieldChange
            {
                Field = o.Key,
                Old = Display(o.Key, o.Value),
                New = Display(n.Key, n.Value),
                Diff = LongText.Contains(o.Key) ? LineDiff.Compute(o.Value, n.Value) : [],
            });
        }

        return changes;
    }

    // The hash's normal form, made readable: cities "北京, 上海" and dates as ISO-8601 UTC.
    private static string Display(string field, string value) => field switch
    {
        "cities" => value.Replace("|", ", ", StringComparison.Ordinal),
        "publishedAt" when long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) =>
            DateTimeOffset.FromUnixTimeSeconds(seconds).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        "track" => value.ToLowerInvariant(),
        _ => value,
    };
}
