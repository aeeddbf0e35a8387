using System.Security.Cryptography;
using System.Text;
using Crawler.Model;
using Crawler.Storage;

namespace Crawler.Changes;

/// <summary>
/// Hashes of a posting. The business hash covers only the fields a person reads (title, texts, cities,
/// category, track, published date, portal status); volatile fields (tracking ids, recommendation lists,
/// URLs carrying track_id) never count, so they can never make a posting "changed".
/// </summary>
public static class ContentHasher
{
    /// <summary>The business fields, by name, in a stable normalised form.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> BusinessFields(ObservedPosting posting) => BusinessFields(PostingFields.From(posting));

    /// <summary>The business fields of a stored version, normalised exactly as for a fresh observation.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> BusinessFields(PostingFields posting) =>
    [
        new("title", Normalise(posting.Title)),
        new("description", Normalise(posting.Description)),
        new("requirement", Normalise(posting.Requirement)),
        new("cities", string.Join("|", posting.Cities.Select(Normalise).Order(StringComparer.Ordinal))),
        new("category", Normalise(posting.Category)),
        new("track", posting.Track.ToString()),
        new("recruitType", Normalise(posting.RecruitType)),
        new("publishedAt", posting.PublishedAt?.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        new("portalStatus", Normalise(posting.PortalStatus)),
    ];

    /// <summary>Hash of <see cref="BusinessFields(ObservedPosting)"/>.</summary>
    public static string Business(ObservedPosting posting) =>
        Sha256(string.Join("\u001f", BusinessFields(posting).Select(f => f.Key + "=" + f.Value)));

    /// <summary>Names of the business fields that differ between two observations.</summary>
    public static IReadOnlyList<string> ChangedFields(ObservedPosting before, ObservedPosting after)
    {
        var old = BusinessFields(before);
        var now = BusinessFields(after);
        return [.. old.Zip(now).Where(p => p.First.Value != p.Second.Value).Select(p => p.First.Key)];
    }

    /// <summary>Hex SHA-256 of UTF-8 text.</summary>
    public static string Sha256(string text) => Sha256(Encoding.UTF8.GetBytes(text));

    /// <summary>Hex SHA-256 of bytes.</summary>
    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    // Whitespace differences (CRLF vs LF, trailing blanks) are rendering noise, not edits.
    public static string Normalise(string? text) =>
        text is null ? "" : string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd())).Trim();
}
