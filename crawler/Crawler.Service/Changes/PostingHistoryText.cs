using System.Globalization;
using System.Text;
using Crawler.Model;
using Crawler.Storage;

namespace Crawler.Changes;

/// <summary>
/// A posting's versions for a terminal (<c>crawler history KEY</c>): a line per version with its validity and
/// snapshot, the first version's fields, then for each later version what changed from the one before.
/// </summary>
public static class PostingHistoryText
{
    private static readonly PostingFields Nothing = new() { Title = "" };

    public static string Render(StoredPosting? current, IReadOnlyList<PostingVersion> versions)
    {
        var text = new StringBuilder();
        if (current is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"{current.Key}  {current.Company} · {current.Posting.Title} · {current.Status.ToString().ToLowerInvariant()}")
                .Append(CultureInfo.InvariantCulture, $" · first seen {Time(current.FirstSeen)}, last seen {Time(current.LastSeen)}\n");
        }

        for (var i = 0; i < versions.Count; i++)
        {
            var version = versions[i];
            var until = version.ValidTo is { } to ? Time(to) : "now";
            var snapshot = version.SnapshotId is { } id ? "snapshot " + id[..Math.Min(12, id.Length)] : "no snapshot";
            text.Append(CultureInfo.InvariantCulture, $"v{version.Version}  {Time(version.ValidFrom)} → {until}  {snapshot}\n");
            var before = i == 0 ? Nothing : versions[i - 1].Fields;
            foreach (var line in FieldChangeText.Lines(FieldChanges.Between(before, version.Fields)))
            {
                text.Append("    ").Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);
}
