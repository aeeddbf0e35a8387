using Crawler.Model;

namespace Crawler.Portals.Shared;

/// <summary>
/// The optional detail refinements every built-in family reads: <c>detailReadySelector</c> (<c>{id}</c> is
/// replaced by the posting id) and <c>detailContentSelector</c>. Unset, the renderer proves a detail by its
/// answer and title and keeps the main content.
/// </summary>
public sealed record DetailSettings(string? ReadySelector, string? ContentSelector)
{
    public const string ReadySelectorKey = "detailReadySelector";
    public const string ContentSelectorKey = "detailContentSelector";

    public static DetailSettings Read(SettingsReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new DetailSettings(reader.Text(ReadySelectorKey), reader.Text(ContentSelectorKey));
    }

    /// <summary>A target for <paramref name="posting"/> with these refinements, its title and its answer.</summary>
    public DetailTarget Target(ObservedPosting posting, Uri url, DetailNavigation navigation, DetailAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(posting);
        var id = posting.PortalId.Replace("\"", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal);
        return new DetailTarget(url, ReadySelector?.Replace("{id}", id, StringComparison.Ordinal), ContentSelector?.Replace("{id}", id, StringComparison.Ordinal), navigation)
        {
            Title = string.IsNullOrWhiteSpace(posting.Title) ? null : posting.Title,
            Answer = answer,
            ExpectedText = Snapshots.DetailProof.Phrases(posting.Description + "\n" + posting.Requirement),
            SettingHint = $"settings.{ReadySelectorKey} / settings.{ContentSelectorKey}",
        };
    }
}
